import { render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Guarded } from "../../src/components/ErrorBoundary.tsx";

describe("a part of the page that fails", () => {
  // React and the boundary report the error on the console; that is expected here.
  beforeEach(() => vi.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it("shows a message and a reload in its place, and the rest of the page stays", () => {
    const Broken = () => {
      throw new Error("boom");
    };
    render(
      <div>
        <p>The map</p>
        <Guarded>
          <Broken />
        </Guarded>
      </div>,
    );
    expect(screen.getByText("The map")).toBeVisible();
    expect(screen.getByTestId("part-failed")).toHaveTextContent("This part of the map stopped working.");
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeVisible();
  });

  it("says when its code could not be downloaded (offline, or a new version published)", async () => {
    const Missing = lazy(() =>
      Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/DataDialog-x.js")),
    );
    render(
      <Guarded>
        <Suspense fallback={null}>
          <Missing />
        </Suspense>
      </Guarded>,
    );
    expect(await screen.findByTestId("part-failed")).toHaveTextContent(
      "This part of the map could not be loaded: the connection dropped",
    );
    expect(screen.getByTestId("part-failed")).toHaveTextContent("keeps your view and any data you imported");
  });
});
