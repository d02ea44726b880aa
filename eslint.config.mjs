import nx from '@nx/eslint-plugin';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

// Nx lints each project from its own folder, so `files` patterns here are relative to that folder: a rule meant
// for one kind of project is exported below and included by that project's own config (see libs/*/eslint.config.mjs).

/** Shared libraries are plain TypeScript: no Angular, NestJS, TypeORM, rxjs, socket.io or other framework inside. */
export const frameworkFree = [
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@angular/*',
                '@nestjs/*',
                'typeorm',
                'typeorm/*',
                'rxjs',
                'rxjs/*',
                'class-validator',
                'class-transformer',
                'socket.io',
                'socket.io-client',
                'bullmq',
                'pg',
                'ioredis',
              ],
              message: 'Shared libraries are framework-free.',
            },
          ],
        },
      ],
    },
  },
];

/** Type-aware rules that catch real defects; each project turns them on for its TypeScript sources. */
export const typeAware = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Config files are not part of any tsconfig project.
    files: ['**/*.config.ts', '**/jest.config.ts', '**/jest.config.cts'],
    ...tseslint.configs.disableTypeChecked,
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.angular', '**/artifacts', '**/tmp'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Real rules, no wildcard: server and client never meet except through shared libs,
          // and a shared lib depends only on other shared libs.
          depConstraints: [
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:client', onlyDependOnLibsWithTags: ['scope:client', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:types', onlyDependOnLibsWithTags: ['type:types'] },
          ],
        },
      ],
      // Workspace aliases, then third-party packages, then relative imports (STYLE.md).
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^@kotopaikka/'], ['^node:', '^@?\\w'], ['^\\.\\.(?!/?$)', '^\\.\\./?$', '^\\./']] },
      ],
      'simple-import-sort/exports': 'error',
    },
  },
];
