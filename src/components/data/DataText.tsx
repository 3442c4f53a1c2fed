import { Fragment, type ReactNode } from "react";

/**
 * Text from the dataset (a name, a title, a citation, a claim, a host), isolated in a <bdi>: its direction, and any
 * direction controls in it, cannot reorder the app's own text around it (the "(example.org)" after a citation).
 */
export function DataText({ children, lang }: { children: string | undefined; lang?: string | undefined }) {
  return <bdi lang={lang}>{children}</bdi>;
}

/** Several values from the dataset in a row, each isolated on its own: "A, B". */
export function DataList({ items, separator = ", " }: { items: readonly string[]; separator?: string }) {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && separator}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}

const SLOT = /\uE000([^\uE001]*)\uE001/;

/** A placeholder to give t() instead of a value from the dataset; withData puts the value back, isolated. */
export const slot = (name: string) => `\uE000${name}\uE001`;

/**
 * A translated sentence made with slot()s, each slot replaced by its node (a <DataText> or <DataList>): the values
 * stay isolated wherever the language puts them in the sentence.
 */
export function withData(sentence: string, values: Record<string, ReactNode>): ReactNode {
  // split() with a capturing group: the odd parts are slot names.
  return sentence
    .split(SLOT)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{values[part] ?? null}</Fragment>));
}
