// Mutation testing of src/rules (`npm run mutation:rules`): see stryker.config.mjs.
import { moduleConfig } from './stryker.config.mjs';

export default moduleConfig('rules', ['src/rules/{match,automaton,evaluate,pattern,lexicon,stem,compile}.ts']);
