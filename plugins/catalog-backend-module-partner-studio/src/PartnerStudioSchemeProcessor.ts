import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { findCatalogSchemeProblems } from '@partner-studio/plugin-partner-studio-common';

/**
 * Refuses entities that break the Partner Studio catalog scheme (an unknown
 * business model, a malformed admission date, a persona role that does not
 * exist…). Each problem becomes a processing error naming the entity, the
 * field and what is expected; the catalog logs it and keeps the entity out.
 */
export class PartnerStudioSchemeProcessor implements CatalogProcessor {
  getProcessorName() {
    return 'PartnerStudioSchemeProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    for (const problem of findCatalogSchemeProblems(entity)) {
      emit(
        processingResult.inputError(
          location,
          `${stringifyEntityRef(entity)}: ${problem}`,
        ),
      );
    }
    return entity;
  }
}
