import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKeyProp, Property } from "@mikro-orm/core";
import type { Network } from "./network.entity.js";

/**
 * A symmetric pairing of two networks (hub-to-hub collaboration). One row per
 * pair, the smaller uuid first, so a pair can never be stored twice.
 */
@Entity({ tableName: "network_partnership" })
@Index({ name: "network_partnership_network_b_id_index", properties: ["networkB"] })
@Check({ name: "network_partnership_order_check", expression: "network_a_id < network_b_id" })
export class NetworkPartnership {
  [PrimaryKeyProp]?: ["networkA", "networkB"];
  [OptionalProps]?: "createdAt";

  @ManyToOne({ entity: "Network", primary: true, deleteRule: "cascade" })
  networkA!: Network;

  @ManyToOne({ entity: "Network", primary: true, deleteRule: "cascade" })
  networkB!: Network;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
