/** Public surface of the anatomy domain: ids, names, layout and sources. No three.js, no React. */
export * from './types'
export * from './spine'
export * from './skeleton'
export * from './bones'
export * from './landmarks'
export * from './attachments'
export * from './names'
