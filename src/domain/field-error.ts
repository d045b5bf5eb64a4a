/** One readable problem with what a user entered in a form; `field` is the form field's name ('' for the whole entry). */
export interface FieldError {
  field: string;
  message: string;
}
