/** Error thrown by the data build; its message names the file and feature. */
export class DataBuildError extends Error {}
