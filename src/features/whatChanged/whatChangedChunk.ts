/** The whatChanged chunk (dist/whatChanged.js): the diff, the importer and the pages, loaded on first need. */
import type * as WhatChangedChunk from './whatChanged.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';

export const whatChangedChunk = lazyChunk<typeof WhatChangedChunk>('whatChanged');
