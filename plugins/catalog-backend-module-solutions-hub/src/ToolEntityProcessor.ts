import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  RELATION_LAUNCHED_BY,
  RELATION_LAUNCHES,
  isToolEntityKind,
  parseToolEntity,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * The Solutions Hub's `Tool` kind (`partner-studio.io/v1alpha1`) in the
 * catalog: accepts the kind, refuses a malformed tool and emits its
 * relations.
 *
 * Each problem becomes a processing error naming the entity and the field
 * (`tool:default/x: spec.category is 'sdks'; expected one of …`); the
 * catalog then keeps the entity out (or keeps its last good version) and
 * shows the errors in its processing status.
 *
 * Relations: the owner (`ownedBy` / `ownerOf`) and, for a tool that launches
 * a software template, the template (`launches` / `launchedBy`).
 */
export class ToolEntityProcessor implements CatalogProcessor {
  getProcessorName() {
    return 'ToolEntityProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return isToolEntityKind(entity);
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isToolEntityKind(entity)) return entity;
    const result = parseToolEntity(entity);
    if (!result.ok) {
      const ref = stringifyEntityRef(entity);
      for (const problem of result.problems) {
        emit(processingResult.inputError(location, `${ref}: ${problem}`));
      }
    }
    return entity;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const result = parseToolEntity(entity);
    if (!result.ok) return entity;
    const self = getCompoundEntityRef(entity);
    const spec = result.tool.spec;

    const owner = parseEntityRef(spec.owner);
    emit(
      processingResult.relation({
        source: self,
        type: RELATION_OWNED_BY,
        target: owner,
      }),
    );
    emit(
      processingResult.relation({
        source: owner,
        type: RELATION_OWNER_OF,
        target: self,
      }),
    );

    if (spec.launch.type === 'template') {
      const template = parseEntityRef(spec.launch.templateRef);
      emit(
        processingResult.relation({
          source: self,
          type: RELATION_LAUNCHES,
          target: template,
        }),
      );
      emit(
        processingResult.relation({
          source: template,
          type: RELATION_LAUNCHED_BY,
          target: self,
        }),
      );
    }
    return entity;
  }
}
