/** A dataset could not be loaded; `message` says what and where, for a one-line CLI report. */
export class DatasetError extends Error {
  constructor(
    readonly dataset: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DatasetError';
  }
}

/** `err` as a DatasetError of `dataset`, keeping one that already names its dataset. */
export const asDatasetError = (dataset: string, err: unknown): DatasetError =>
  err instanceof DatasetError
    ? err
    : new DatasetError(dataset, (err as Error)?.message ?? String(err), { cause: err });
