// One way to show a person everywhere (site, CLI, checklists): "김민수 주무관 · 02-2100-3121", the
// GitHub login secondary, and the login alone when manuals/people.yml has no entry for it.
import type { Person } from "../generated/registry.ts";
import { personOf } from "./person-of.ts";

export interface PersonLabel {
  login: string;
  /** Whether manuals/people.yml has an entry for the login. */
  known: boolean;
  /** "김민수 주무관"; the login when unknown. */
  name: string;
  /** "김민수 주무관 · 02-2100-3121"; the login when unknown. */
  text: string;
  team?: string;
  /** As written in the registry: "02-2100-3121". */
  phone?: string;
  /** A dialable link, digits only: "tel:0221003121". */
  tel?: string;
  email?: string;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, "")}`;
}

export function personLabel(people: Readonly<Record<string, Person>> | undefined, login: string): PersonLabel {
  const person = personOf(people, login);
  if (!person) return { login, known: false, name: login, text: login };
  const name = `${person.name} ${person.position}`;
  return { login, known: true, name, text: `${name} · ${person.phone}`, team: person.team, phone: person.phone, tel: telHref(person.phone), ...(person.email ? { email: person.email } : {}) };
}

/** For plain text (terminal, Markdown): "김민수 주무관 · 02-2100-3121 (@kim-minsu)", or "@kim-minsu". */
export function personText(label: PersonLabel): string {
  return label.known ? `${label.text} (@${label.login})` : `@${label.login}`;
}

/** The name alone for plain text: "김민수 주무관(@kim-minsu)", or "@kim-minsu". */
export function personName(label: PersonLabel): string {
  return label.known ? `${label.name}(@${label.login})` : `@${label.login}`;
}
