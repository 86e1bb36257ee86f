import type { ComponentChildren } from 'preact';

/** A loading state that screen readers announce politely. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="status loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error that screen readers announce at once, with a way to try again. */
export function ErrorState({ title = 'Something went wrong', message, retry }: { title?: string; message: string; retry?: () => void }) {
  return (
    <div class="status error" role="alert" data-testid="error">
      <p class="error-title">{title}</p>
      <p class="error-message">{message}</p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="status empty">{children}</p>;
}
