import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages render in a few hundred milliseconds alone, but a shared CI machine
// can be several times slower: wait up to 10 s for what a user would see.
configure({ asyncUtilTimeout: 10_000 });
