// The response of a request Python could not answer, in the bridge's one shape
// (widgets/bridge.py), for the worker and the page alike.

/** {ok: false} with the page's own error code, "runtime"; the status line words it. */
export function runtimeFailure(detail) {
  return { ok: false, errors: [{ field: "", code: "runtime", params: { detail: String(detail) }, message: "" }] };
}
