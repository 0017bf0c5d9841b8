/** The definition a new, empty workflow starts from. */
export const BLANK_DEFINITION_TEXT = `{
  "Comment": "A new workflow",
  "StartAt": "",
  "States": {}
}
`;
