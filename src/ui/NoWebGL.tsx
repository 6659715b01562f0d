/** Full-page message when 3D graphics are unavailable: what happened and what to try. */
export function NoWebGL({ detail }: { detail?: string }) {
  return (
    <main className="fatal" role="alert">
      <h1>3D graphics are not available here</h1>
      <p>
        This viewer draws the pelvis and spine with WebGL 2, and this browser did not allow it
        {detail ? ` (${detail})` : ''}.
      </p>
      <p>Things to try:</p>
      <ul>
        <li>Turn on hardware acceleration in the browser&apos;s settings, then reload the page.</li>
        <li>Update the browser, or open the page in a current Chrome, Edge, Firefox or Safari.</li>
        <li>If the computer is managed by your clinic, ask whoever looks after it whether WebGL is blocked.</li>
      </ul>
    </main>
  )
}
