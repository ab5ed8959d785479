import type { PlanningObject } from "@/lib/engine";

/** "Nybesök läkare": the vårdtjänst and the vårdgivarkategori, as planners say it. */
export function objectLabel(object: PlanningObject): string {
  const category = object.providerCategory?.trim();
  return category ? `${object.service} ${category.toLocaleLowerCase("sv")}` : object.service;
}

/** "besök · P60": the kontakttyp and the prioritet. */
export function objectDetail(object: PlanningObject): string {
  return [object.contactType, object.priority].filter(Boolean).join(" · ");
}

export type ObjectGrouping = "service" | "providerCategory";

/** The objects ordered by group (stable within a group) with each one's group name. */
export function groupObjects(
  objects: readonly PlanningObject[],
  by: ObjectGrouping,
  noGroup: string,
): { group: string; objects: PlanningObject[] }[] {
  const groups = new Map<string, PlanningObject[]>();
  for (const object of objects) {
    const name = (by === "service" ? object.service : object.providerCategory)?.trim() || noGroup;
    const list = groups.get(name) ?? [];
    list.push(object);
    groups.set(name, list);
  }
  return [...groups.entries()].map(([group, list]) => ({ group, objects: list }));
}
