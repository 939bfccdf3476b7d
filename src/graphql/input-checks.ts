// Checks on request values that GraphQL's types cannot express, with messages a person can act on.
import { BadUserInputError } from "../errors/app-errors.js";

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

export function checkId(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!ID_PATTERN.test(value)) {
    throw new BadUserInputError(
      `"${argument}" is not a valid id: use letters, digits, ':', '.', '_' or '-', at most 200 characters`,
      { argument },
    );
  }
  return value;
}

export function checkText(argument: string, value: string | null | undefined, max = 200): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadUserInputError(`"${argument}" must not be blank`, { argument });
  if (trimmed.length > max) throw new BadUserInputError(`"${argument}" must be at most ${max} characters`, { argument });
  return trimmed;
}

export function checkIntRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`"${argument}" must be between ${min} and ${max}; got ${value}`, { argument });
  }
  return value;
}
