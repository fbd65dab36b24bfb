/** The whatChanged chunk (dist/whatChanged.js): the diff, the importer and the pages, loaded on first need. */
import type * as WhatChangedChunk from '../../lazy/whatChanged';
import { lazyChunk } from '../lazy';

export const whatChangedChunk = lazyChunk<typeof WhatChangedChunk>('whatChanged');
