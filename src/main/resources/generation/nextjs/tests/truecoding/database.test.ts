import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/truecoding/database/route";

const TOKEN = "test-token-0123456789";

function ask(authorization?: string): Promise<Response> {
  return GET(new Request("http://localhost/api/truecoding/database", {
    headers: authorization === undefined ? {} : { authorization },
  }));
}

describe("GET /api/truecoding/database", () => {
  afterEach(() => {
    delete process.env.TRUECODING_APP_TOKEN;
  });

  it("does not exist while TRUECODING_APP_TOKEN is unset", async () => {
    expect((await ask(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a missing or wrong token", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    expect((await ask()).status).toBe(401);
    expect((await ask(`Bearer ${TOKEN}x`)).status).toBe(401);
  });

  it("answers the embedded database's data folder as a tarball", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    const response = await ask(`Bearer ${TOKEN}`);
    if (process.env.DATABASE_URL) {
      expect(response.status).toBe(409); // an external PostgreSQL has no folder to give
      return;
    }
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tar");
    const tarball = Buffer.from(await response.arrayBuffer());
    expect(tarball.length).toBeGreaterThan(1024);
    expect(tarball.includes(Buffer.from("PG_VERSION"))).toBe(true);
  });
});
