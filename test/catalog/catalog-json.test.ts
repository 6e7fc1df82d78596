import { describe, expect, it } from "vitest";
import { maskConnectionPassword } from "../../src/catalog/catalog-json.js";

describe("maskConnectionPassword", () => {
  it("masks key=value passwords, quoted or not, and keeps the rest", () => {
    expect(maskConnectionPassword("host=db port=5432 password=hunter2 dbname=app")).toBe("host=db port=5432 password=******** dbname=app");
    expect(maskConnectionPassword("host=db password = 'se \\' cret' user=x")).toBe("host=db password = ******** user=x");
    expect(maskConnectionPassword("password='a b c' host=db")).toBe("password=******** host=db");
  });
  it("does not touch a key that merely ends in password", () => expect(maskConnectionPassword("passfile=/x mypassword=1")).toBe("passfile=/x mypassword=1"));
  it("masks the password of a connection URI and a password query parameter", () => {
    expect(maskConnectionPassword("postgresql://repl:s3cret@primary:5432/app?sslmode=require")).toBe("postgresql://repl:********@primary:5432/app?sslmode=require");
    expect(maskConnectionPassword("postgres://primary/app?user=repl&password=s3cret&sslmode=require")).toBe("postgres://primary/app?user=repl&password=********&sslmode=require");
    expect(maskConnectionPassword("postgresql://repl@primary/app")).toBe("postgresql://repl@primary/app");
  });
});
