/** What an update returns: the record as it was and as it is now. */
export interface Changed<T> {
  before: T;
  after: T;
}
