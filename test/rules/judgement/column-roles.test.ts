import { describe, expect, it } from "vitest";
import { judgeColumns, tableRoles } from "../../../src/rules/judgement/column-roles.js";

const roleOf = (table: string, columns: string[], types: (string | undefined)[], column: string) => judgeColumns(table, columns, types).columns[columns.indexOf(column)]!;

describe("the shared column judgement (issue 11)", () => {
  it("key/value tables: the name column holds identifiers, the value column is judged by it", () => {
    for (const [table, cols] of [["setting", ["key", "value"]], ["config", ["name", "value"]], ["core_config_data", ["config_id", "scope", "scope_id", "path", "value", "updated_at"]], ["eav_attribute_value", ["entity_id", "attribute", "value"]]] as const) {
      const types = cols.map(() => undefined);
      const key = cols.findIndex((c) => ["key", "name", "path", "attribute"].includes(c));
      expect(roleOf(table, [...cols], types, "value").keyColumn, table).toBe(key);
      expect(roleOf(table, [...cols], types, cols[key]!).keyName, table).toBe(true);
    }
  });

  it("key/value tables written with one prefix (`secret_name`/`secret_value`) or a `payload` value column", () => {
    expect(roleOf("secrets", ["secret_id", "secret_repo_id", "secret_name", "secret_value", "secret_events"], [undefined, undefined, "text", "text", "text"], "secret_value").keyColumn).toBe(2);
    expect(roleOf("wp_postmeta", ["meta_id", "post_id", "meta_key", "meta_value"], [undefined, undefined, "text", "text"], "meta_value").keyColumn).toBe(2);
    expect(roleOf("settings", ["group", "name", "locked", "payload"], ["text", "text", "boolean", "json"], "payload").keyColumn).toBe(1);
    // A table of variables keeps the value as `data` (real lane, stop 25: Gitea's action_variable); `data` elsewhere is no value column.
    const gitea = ["id", "owner_id", "repo_id", "name", "data", "created_unix", "updated_unix"];
    expect(roleOf("action_variable", gitea, ["bigint", "bigint", "bigint", "character varying(255)", "text", "bigint", "bigint"], "data").keyColumn).toBe(3);
    expect(roleOf("secret", gitea, ["bigint", "bigint", "bigint", "character varying(255)", "text", "bigint", "bigint"], "data").keyColumn).toBeUndefined();
    expect(roleOf("attachments", ["id", "name", "data"], ["bigint", "text", "bytea"], "data").keyColumn).toBeUndefined();
    // Two candidate pairs: no guess.
    expect(roleOf("pairs", ["a_name", "a_value", "b_key", "b_value"], [undefined, undefined, undefined, undefined], "a_value").keyColumn).toBeUndefined();
  });

  it("not key/value: a table of people with a value column, a coupon's code, a wide table, a translation table's values", () => {
    expect(roleOf("customers", ["id", "name", "email", "value"], [undefined, "text", "text", "text"], "value").keyColumn).toBeUndefined();
    expect(roleOf("coupons", ["code", "value"], ["text", "text"], "value").keyColumn).toBeUndefined();
    const wide = ["id", "name", "value", "a", "b", "c", "d", "e", "f"];
    expect(roleOf("things", wide, wide.map(() => "text"), "value").keyColumn).toBeUndefined();
    expect(roleOf("translation", ["id", "locale", "key", "value"], ["integer", "text", "text", "text"], "value").keyColumn).toBeUndefined();
    expect(roleOf("translation", ["id", "locale", "key", "value"], ["integer", "text", "text", "text"], "key").keyName).toBe(true);
  });

  it("a table named for the attributes of clients or people is key/value: its name column names an attribute, not a person (Keycloak's client_attributes)", () => {
    const cols = ["client_id", "name", "value"];
    const types = ["character varying(36)", "character varying(255)", "text"];
    expect(roleOf("client_attributes", cols, types, "value").keyColumn).toBe(1);
    expect(roleOf("client_attributes", cols, types, "name").keyName).toBe(true);
    expect(roleOf("client_attributes", cols, types, "name").personName).toBeUndefined();
    expect(roleOf("user_settings", ["user_id", "key", "value"], ["integer", "text", "text"], "value").keyColumn).toBe(1);
    // A table of clients or people itself stays one: its name column is a person's.
    expect(roleOf("clients", cols, types, "value").keyColumn).toBeUndefined();
    expect(roleOf("clients", cols, types, "name").personName).toBe("dictionary");
    expect(roleOf("client_contacts", cols, types, "value").keyColumn).toBeUndefined();
    expect(roleOf("settings_clients", cols, types, "value").keyColumn).toBeUndefined();
  });

  it("addresses: a visitor's in sessions, logins and activity logs is a client's; a server table's or a host-named column's is a server's", () => {
    expect(roleOf("activity_log", ["id", "ip"], ["integer", "character varying(50)"], "ip").address).toBe("client");
    expect(roleOf("login_history", ["ip_address"], [undefined], "ip_address").address).toBe("client");
    expect(roleOf("user_sessions", ["source"], ["inet"], "source").address).toBe("client");
    expect(roleOf("db_servers", ["role", "ip"], ["text", "inet"], "ip").address).toBe("server");
    expect(roleOf("events", ["server_ip"], ["text"], "server_ip").address).toBe("server");
    expect(roleOf("db_nodes", ["addr"], ["inet"], "addr").address).toBe("server");
    expect(roleOf("products", ["sku"], ["text"], "sku").address).toBeUndefined();
  });

  it("session tables: the text id/key/token is the session credential, an integer id is not", () => {
    expect(roleOf("core_session", ["id", "user_id"], ["character varying(254)", "integer"], "id").sessionToken).toBe(true);
    expect(roleOf("django_session", ["session_key", "session_data"], [undefined, undefined], "session_key").sessionToken).toBe(true);
    expect(roleOf("user_sessions", ["id", "token"], ["integer", "text"], "id").sessionToken).toBe(false);
    expect(roleOf("user_sessions", ["id", "token"], ["integer", "text"], "token").sessionToken).toBe(true);
    expect(roleOf("orders", ["id"], ["text"], "id").sessionToken).toBe(false);
  });

  it("generic name columns: strong beside contact columns, dictionary-confirmed otherwise, nothing on tables of things", () => {
    expect(roleOf("customers", ["id", "name", "email"], ["integer", "text", "text"], "name").personName).toBe("strong");
    expect(roleOf("accounts", ["id", "name", "website"], ["integer", "text", "text"], "name").personName).toBe("dictionary");
    expect(roleOf("users", ["id", "user_display_name"], ["integer", "text"], "user_display_name").personName).toBe("dictionary");
    // Odoo's res_partner holds people and companies beside their e-mail and phone (real lane, stop 20).
    expect(roleOf("res_partner", ["id", "name", "display_name", "email", "phone", "is_company"], ["integer", "text", "text", "text", "text", "boolean"], "name").personName).toBe("strong");
    expect(roleOf("res_partner", ["id", "name", "display_name", "email", "phone", "is_company"], ["integer", "text", "text", "text", "text", "boolean"], "display_name").personName).toBe("strong");
    expect(roleOf("product", ["id", "name", "display_name"], ["integer", "text", "text"], "name").personName).toBeUndefined();
    expect(roleOf("product", ["id", "name", "display_name"], ["integer", "text", "text"], "display_name").personName).toBeUndefined();
  });

  it("a table of comments or reviews: its author and name columns are the writer's name (real lane, stop 22: WordPress's wp_comments)", () => {
    const wp = ["comment_ID", "comment_post_ID", "comment_author", "comment_author_email", "comment_author_url", "comment_author_IP", "comment_content"];
    const types = ["bigint", "bigint", "text", "character varying(100)", "character varying(200)", "character varying(100)", "text"];
    expect(roleOf("wp_comments", wp, types, "comment_author").personName).toBe("strong");
    expect(roleOf("wp_comments", wp, types, "comment_author_url").personName).toBeUndefined();
    expect(roleOf("wp_comments", wp, types, "comment_content").personName).toBeUndefined();
    expect(roleOf("product_reviews", ["id", "author", "rating", "body"], ["integer", "text", "integer", "text"], "author").personName).toBe("dictionary");
    expect(roleOf("guestbook", ["id", "name", "message"], ["integer", "text", "text"], "name").personName).toBe("dictionary");
    // A catalogue's or an editor's byline is no comment's author.
    expect(roleOf("books", ["id", "title", "author"], ["integer", "text", "text"], "author").personName).toBeUndefined();
    expect(roleOf("posts", ["id", "title", "author"], ["integer", "text", "text"], "author").personName).toBeUndefined();
  });

  it("calls and messages: generic number columns are phone numbers", () => {
    expect(roleOf("phone_calls", ["id", "number", "notes"], ["integer", "text", "text"], "number").phoneNumber).toBe(true);
    expect(roleOf("sms_messages", ["from", "to", "body"], [undefined, undefined, undefined], "to").phoneNumber).toBe(true);
    expect(roleOf("phone_calls", ["id", "number", "notes"], ["integer", "text", "text"], "notes").phoneNumber).toBe(false);
    expect(roleOf("orders", ["id", "number"], ["integer", "text"], "number").phoneNumber).toBe(false);
  });

  it("salts, JSON-capable text columns", () => {
    expect(roleOf("core_user", ["password", "password_salt"], ["text", "text"], "password_salt").salt).toBe(true);
    expect(roleOf("t", ["details"], ["text"], "details").jsonText).toBe(true);
    expect(roleOf("t", ["details"], [undefined], "details").jsonText).toBe(true);
    expect(roleOf("t", ["details"], ["jsonb"], "details").jsonTyped).toBe(true);
    expect(roleOf("t", ["n"], ["integer"], "n").jsonText).toBe(false);
  });

  it("is computed once per column list, and once per content for --inserts rows that each bring their own list", () => {
    const columns = ["key", "value"];
    const types = ["text", "text"];
    expect(tableRoles("public", "setting", columns, types)).toBe(tableRoles("public", "setting", columns, types));
    expect(tableRoles("public", "setting", [...columns], [...types])).toBe(tableRoles("public", "setting", columns, types));
  });
});
