// The benchmark's helper processes (the sink, the ceiling's client) run
// apart from Switchyard, so that neither takes the time of the other's event
// loop. This starts one (TypeScript, through tsx) and calls it over IPC:
// every request carries a token, and the reply with the same token answers it.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface Child<Request extends { type: string }, Reply extends { type: string }> {
  /** Sends `request` and resolves with the reply of type `replyType` carrying the same token. */
  call<T extends Reply["type"]>(request: Request, replyType: T, token?: number): Promise<Extract<Reply, { type: T }>>;
  nextToken(): number;
  /** Forgets a call that will not be answered. */
  forget(token: number): void;
  close(closeRequest: Request): Promise<void>;
}

export async function startChild<Request extends { type: string }, Reply extends { type: string; token?: number }, Ready>(
  script: URL,
  ready: (message: Reply) => Ready | undefined,
  env: Record<string, string> = {},
): Promise<{ child: Child<Request, Reply>; ready: Ready }> {
  const name = script.pathname.split("/").pop() ?? "child";
  const process_: ChildProcess = fork(fileURLToPath(script), [], {
    cwd: projectRoot,
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let token = 0;
  const pending = new Map<number, { answer: (reply: Reply) => void; fail: (error: Error) => void }>();
  const exited = new Promise<void>((resolve) => process_.once("exit", () => resolve()));
  const readyValue = await new Promise<Ready>((resolve, reject) => {
    process_.once("error", reject);
    process_.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
    process_.on("message", (message: Reply) => {
      const value = ready(message);
      if (value !== undefined) resolve(value);
      else if (message.token !== undefined) pending.get(message.token)?.answer(message);
    });
  });
  void exited.then(() => {
    for (const { fail } of pending.values()) fail(new Error(`${name} exited with calls unanswered`));
    pending.clear();
  });
  return {
    ready: readyValue,
    child: {
      nextToken: () => ++token,
      call(request, replyType, callToken = ++token) {
        return new Promise((resolve, reject) => {
          const answer = (reply: Reply) => {
            pending.delete(callToken);
            if (reply.type === replyType) resolve(reply as Extract<Reply, { type: typeof replyType }>);
            else reject(new Error(`${name} answered ${reply.type} to ${request.type}`));
          };
          pending.set(callToken, { answer, fail: reject });
          process_.send({ ...request, token: callToken });
        });
      },
      forget: (callToken) => void pending.delete(callToken),
      async close(closeRequest) {
        if (process_.exitCode !== null || process_.signalCode !== null) return;
        process_.send(closeRequest);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
        if (process_.exitCode === null && process_.signalCode === null) process_.kill();
      },
    },
  };
}
