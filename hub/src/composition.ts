import { composeServices } from '@apollo/composition';
import { hubServices } from './hub-services.js';
import { parse, printSchema } from 'graphql';

export interface ComposedSchema {
  subgraphs: { name: string; sdl: string; url: string }[];
  supergraphSdl: string;
  apiSdl: string;
  hints: string[];
}

/** Builds every subgraph's SDL and composes the supergraph and the client-facing API schema. */
export async function composeHub(): Promise<ComposedSchema> {
  const subgraphs = await Promise.all(
    hubServices.map(async (service) => {
      const subgraph = await service.buildSubgraph();
      return { name: service.name, sdl: subgraph.sdl, url: `http://127.0.0.1:${service.defaultPort}/graphql` };
    }),
  );
  const composition = composeServices(subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: s.url })));
  if (composition.errors) {
    throw new Error(`composition failed:\n${composition.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return {
    subgraphs,
    supergraphSdl: composition.supergraphSdl,
    apiSdl: printSchema(composition.schema.toAPISchema().toGraphQLJSSchema()),
    hints: (composition.hints ?? []).map((hint) => hint.toString()),
  };
}
