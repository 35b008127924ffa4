import { Entity, Index, ManyToOne, PrimaryKeyProp } from "@mikro-orm/core";
import type { Network } from "./network.entity.js";
import type { School } from "./school.entity.js";

/** Pivot of `Network.schools`, declared so the school side gets its own index (for "networks of a school"). */
@Entity({ tableName: "network_school" })
@Index({ name: "network_school_school_id_index", properties: ["school"] })
export class NetworkSchool {
  [PrimaryKeyProp]?: ["network", "school"];

  @ManyToOne({ entity: "Network", primary: true, deleteRule: "cascade" })
  network!: Network;

  @ManyToOne({ entity: "School", primary: true, deleteRule: "cascade" })
  school!: School;
}
