import { useTheme, type ThemePreference } from './theme.ts';

/** The toolbar's theme choice. */
export function ThemeSelect() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <label className="field-inline">
      Theme
      <select value={preference} onChange={(e) => setPreference(e.target.value as ThemePreference)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
