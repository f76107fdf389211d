// Types for vite.config.ts, which imports the build-time template minifier.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssParts(parts: readonly string[]): string[];
export function minifyHtmlParts(parts: readonly string[]): string[];
export function minifyLitTemplates(code: string, fileName?: string): string;
export function litTemplatesEsbuildPlugin(): EsbuildPlugin;
export function litTemplatesVitePlugin(): VitePlugin;
export function minifyDirectory(dir: string): number;
