import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RequiresScopes, Role, WriteFor } from '@housing-hub/subgraph-kit';
import { Agency } from './agency.entity.js';
import { ApiKeyService, type ActiveApiKey, type ApiKeyRow } from './api-key.service.js';
import type { MeetingsContext } from './meetings.context.js';

/** The scope the gateway's own caller token carries to read the active key set. */
export const GATEWAY_SCOPE = 'hub:gateway';

@ObjectType({ description: 'A partner API key, as ADMIN sees it: never the key itself, which is shown once' })
export class ApiKey {
  @Field(() => ID) id!: string;
  agencyId!: string;
  @Field() label!: string;
  @Field(() => [String], { description: 'read, export' }) scopes!: string[];
  @Field({ description: 'The first characters of the key, to recognise it' }) keyPrefix!: string;
  @Field({ description: 'Who created it (subject of the ADMIN token)' }) createdBy!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) expiresAt!: string | null;
  @Field(() => String, { nullable: true }) revokedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'When the gateway last accepted it (reported every few seconds)' })
  lastUsedAt!: string | null;
}

@ObjectType({ description: 'A key just created: `key` is shown this once and never again' })
export class CreatedApiKey {
  @Field({ description: 'Send it as the X-API-Key header' }) key!: string;
  @Field(() => ApiKey) apiKey!: ApiKeyRow;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) agencyId!: string;
  @Field() label!: string;
  @Field(() => [String], { description: 'read, export' }) scopes!: string[];
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

/** The active key set, for the gateway only (inaccessible: not part of the client schema). */
@ObjectType()
@Directive('@inaccessible')
export class ActiveApiKeyEntry implements ActiveApiKey {
  @Field(() => ID) id!: string;
  @Field() keyHash!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => String, { nullable: true }) expiresAt!: string | null;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => CreatedApiKey, {
    description: 'Creates a partner API key for an agency; the key is returned once and stored only as a hash',
  })
  @WriteFor(Role.ADMIN)
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() { em, caller }: MeetingsContext,
  ): Promise<CreatedApiKey> {
    return new ApiKeyService(em).create(input, caller);
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key; the gateway refuses it within seconds' })
  @WriteFor(Role.ADMIN)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, caller }: MeetingsContext): Promise<ApiKeyRow> {
    return new ApiKeyService(em).revoke(id, caller);
  }

  @Query(() => [ApiKey], { nullable: true, description: 'Every partner API key (never the key itself)' })
  @RequiresScopes(Role.ADMIN)
  apiKeys(@Ctx() { em }: MeetingsContext): Promise<ApiKeyRow[]> {
    return new ApiKeyService(em).list();
  }

  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() key: ApiKeyRow, @Ctx() { loaders }: MeetingsContext): Promise<Agency | null> {
    return loaders.agencyById.load(key.agencyId).then((agency) => agency ?? null);
  }

  @Query(() => [ActiveApiKeyEntry])
  @Directive('@inaccessible')
  @RequiresScopes(GATEWAY_SCOPE)
  _activeApiKeys(@Ctx() { em }: MeetingsContext): Promise<ActiveApiKey[]> {
    return new ApiKeyService(em).active();
  }

  @Mutation(() => Int)
  @Directive('@inaccessible')
  @RequiresScopes(GATEWAY_SCOPE)
  _touchApiKeys(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('at', () => Date) at: Date,
    @Ctx() { em }: MeetingsContext,
  ): Promise<number> {
    return new ApiKeyService(em).touch(ids, at);
  }
}
