import { AppError } from '../core/errors.ts'

// One class per way a console action is refused. `message` is Japanese for staff and safe to show;
// the console's routes map them to a status in one place (src/admin/routes.tsx, `refusal`).

/** No valid sign-in session. */
export class NotSignedInError extends AppError {
  readonly status = 401
  readonly code = 'not_signed_in'
}

/** Wrong name or password, or the account is disabled: one message, so names cannot be probed. */
export class SignInRefusedError extends AppError {
  readonly status = 401
  readonly code = 'sign_in_refused'
}

/** Too many failed sign-ins for this name within the window. */
export class LockedOutError extends AppError {
  readonly status = 429
  readonly code = 'locked_out'
}

/** The role does not allow it, or it is the author approving their own version. */
export class ForbiddenActionError extends AppError {
  readonly status = 403
  readonly code = 'forbidden'
}

/** No such version, agency or user. */
export class NotFoundError extends AppError {
  readonly status = 404
  readonly code = 'not_found'
}

/** The version is not in a state that allows it (publishing an unapproved draft, editing a live one). */
export class WrongStateError extends AppError {
  readonly status = 409
  readonly code = 'wrong_state'
}

/** Someone else saved the same draft first; nothing was overwritten. */
export class EditConflictError extends AppError {
  readonly status = 409
  readonly code = 'edit_conflict'
}
