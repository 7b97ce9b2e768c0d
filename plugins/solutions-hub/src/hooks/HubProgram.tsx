import { ReactNode, createContext, useContext, useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { ProgramSummaryResponse } from '@partner-studio/plugin-partner-studio-common';
import {
  ProgramNames,
  programNames,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../api';

/** The program in force, as far as the Hub needs it: names, plays, courses. */
export interface HubProgram {
  /** Absent while loading, or when partner points cannot be reached. */
  program?: ProgramSummaryResponse;
  names: ProgramNames;
}

const HubProgramContext = createContext<HubProgram | undefined>(undefined);

/**
 * Loads the program once for the views below it (partner points'
 * `GET /program`). Without partner points the Hub still works: names show as
 * the ids in words, as `programNames` does before a program is loaded.
 */
export function HubProgramProvider(props: { children: ReactNode }) {
  const api = useApi(solutionsHubApiRef);
  const { value } = useAsync(
    () => api.getProgram().catch(() => undefined),
    [api],
  );
  const hubProgram = useMemo(
    () => ({ program: value, names: programNames(value) }),
    [value],
  );
  return (
    <HubProgramContext.Provider value={hubProgram}>
      {props.children}
    </HubProgramContext.Provider>
  );
}

const WITHOUT_PROGRAM: HubProgram = { names: programNames() };

/** The program of the nearest {@link HubProgramProvider}; names as words without one. */
export function useHubProgram(): HubProgram {
  return useContext(HubProgramContext) ?? WITHOUT_PROGRAM;
}
