// Replaced at build time by the version in package.json.
export const VERSION: string = process.env.INSPECT_PARSE_VERSION ?? '0.0.0-dev';
