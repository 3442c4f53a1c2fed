import { Component, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * Catches what a part of the page throws while drawing, or a part's code failing to arrive (offline, or a new
 * version published meanwhile: its files have new names). The rest of the page stays; the part says what happened
 * and offers a reload. A reload keeps the view (it is in the address) and imported data (kept in this browser,
 * src/data/savedImport.ts).
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback: (error: Error) => ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("WB Radar: a part of the page failed", error, info.componentStack);
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** Whether `error` is code that did not arrive, rather than a fault in it. */
export function isLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|preload|Failed to fetch/i.test(error.message);
}

/** What a failed part shows in its place. `whole`: the app itself failed, not one part of it. */
export function PartFailed({ error, whole = false }: { error: Error; whole?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`status status-error${whole ? " app-failed" : ""}`} role="alert" data-testid="part-failed">
      <p>{t(isLoadFailure(error) ? "failure.notLoaded" : "failure.crashed")}</p>
      <p className="status-detail">{t("failure.kept")}</p>
      <button type="button" onClick={() => location.reload()}>
        {t("failure.reload")}
      </button>
    </div>
  );
}

/** A part of the page behind its own boundary. */
export function Guarded({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(error) => <PartFailed error={error} />}>{children}</ErrorBoundary>;
}
