// Exposes Loa's passage search as a LangChain BaseRetriever returning Documents with their metadata.
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { Passage, PassageSearch } from '../core/types.js';

/** Metadata carried by every Document this retriever returns. */
export interface PassageMetadata {
  chunkId: number;
  documentId: number;
  path: string;
  heading: string;
  title: string;
  number?: string;
  issuer?: string;
  issued?: string;
  effective?: string;
  status: string;
  supersededBy?: string;
  source?: string;
  tags: string[];
  score: number;
  coverage: number;
}

/** Options: the search to wrap and how many passages to return. */
export interface LoaRetrieverInput extends BaseRetrieverInput {
  search: PassageSearch;
  k?: number;
}

/** LangChain retriever over the SQLite FTS5 index, Vietnamese-aware (accents optional). */
export class LoaRetriever extends BaseRetriever {
  lc_namespace = ['loa', 'retrievers'];
  private readonly searchIndex: PassageSearch;
  private readonly k: number;

  constructor(input: LoaRetrieverInput) {
    super(input);
    this.searchIndex = input.search;
    this.k = input.k ?? 5;
  }

  override async _getRelevantDocuments(query: string): Promise<Document<PassageMetadata>[]> {
    return this.searchIndex.search(query, { limit: this.k }).map(toDocument);
  }
}

/** Converts a passage to a LangChain Document. */
export function toDocument(passage: Passage): Document<PassageMetadata> {
  const { meta } = passage;
  return new Document<PassageMetadata>({
    pageContent: passage.text,
    id: String(passage.chunkId),
    metadata: {
      chunkId: passage.chunkId,
      documentId: passage.documentId,
      path: passage.path,
      heading: passage.heading,
      title: meta.title,
      number: meta.number,
      issuer: meta.issuer,
      issued: meta.issued,
      effective: meta.effective,
      status: meta.status,
      supersededBy: meta.supersededBy,
      source: meta.source,
      tags: meta.tags,
      score: passage.score,
      coverage: passage.coverage,
    },
  });
}
