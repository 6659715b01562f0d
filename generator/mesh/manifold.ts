import Module from 'manifold-3d'

type ManifoldModule = Awaited<ReturnType<typeof Module>>
let wasm: Promise<ManifoldModule> | undefined

/** The manifold-3d WASM module, instantiated once per process. */
export function manifold(): Promise<ManifoldModule> {
  wasm ??= Module().then((m) => {
    m.setup()
    return m
  })
  return wasm
}
