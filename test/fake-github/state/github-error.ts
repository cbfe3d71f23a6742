// A refusal GitHub would send: the status and the message (and, for 422, the field errors) it uses.
export interface FieldError {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
}

export class GitHubError extends Error {
  readonly status: number;
  readonly errors: FieldError[] | undefined;

  constructor(status: number, message: string, errors?: FieldError[]) {
    super(message);
    this.name = "GitHubError";
    this.status = status;
    this.errors = errors;
  }
}

export function notFound(what = "Not Found"): GitHubError {
  return new GitHubError(404, what);
}

export function validationFailed(message: string, errors: FieldError[] = []): GitHubError {
  return new GitHubError(422, message, errors);
}
