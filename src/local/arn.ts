/** The account and region every local ARN names (its own module: the operation files and service.ts share it). */
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const ARN_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT}:`;
