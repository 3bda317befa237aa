// Errors shaped like OfficeExtension.Error ("RichApi.Error" with `code` and `debugInfo`),
// so the adapter's error mapping is exercised by the same fields it reads in Word.

export const SimErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  valueNotLoaded: "ValueNotLoaded",
} as const;

/** Messages as Office words them, where known. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You don't have sufficient permissions for this action.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Word.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  SearchStringInvalidOrTooLong: "The search string is invalid or too long.",
};

export class SimOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }
}

export function propertyNotLoaded(objectName: string, property: string): SimOfficeError {
  return new SimOfficeError(
    SimErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object (${objectName}) and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
