// The Khronos validator ships no types; this covers the one call we use.
declare module 'gltf-validator' {
  export interface ValidationMessage {
    code: string
    message: string
    severity: number
    pointer?: string
  }
  export interface ValidationReport {
    issues: {
      numErrors: number
      numWarnings: number
      numInfos: number
      numHints: number
      messages: ValidationMessage[]
    }
    info?: { totalTriangleCount?: number; totalVertexCount?: number }
  }
  export function validateBytes(
    data: Uint8Array,
    options?: { maxIssues?: number; format?: 'glb' | 'gltf' },
  ): Promise<ValidationReport>
  const validator: { validateBytes: typeof validateBytes }
  export default validator
}
