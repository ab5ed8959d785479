import { expect, type Locator, type Page } from "@playwright/test";

/** The comments drawer, its toggle and the notification bell, as a user meets them. */
export class CommentsPage {
  constructor(readonly page: Page) {}

  drawer(): Locator {
    return this.page.getByRole("complementary", { name: "Kommentarer" });
  }

  toggle(): Locator {
    return this.page.getByTestId("comments-toggle");
  }

  threads(): Locator {
    return this.drawer().getByTestId("comment-thread");
  }

  /** Writes the first comment of a new thread in the open composer. */
  async startThread(text: string): Promise<void> {
    const composer = this.drawer().getByTestId("new-thread");
    await composer.getByRole("textbox").fill(text);
    await composer.getByRole("button", { name: "Skicka" }).click();
    await expect(composer).toHaveCount(0);
  }

  /** Replies in the thread containing `threadText`, mentioning `mention` (a member's name) first. */
  async reply(threadText: string, text: string, mention?: string): Promise<void> {
    const thread = this.threads().filter({ hasText: threadText });
    if (mention) await thread.getByRole("combobox", { name: "Nämn en medlem" }).selectOption({ label: mention });
    const box = thread.getByRole("textbox", { name: "Svara…" });
    await box.fill(`${await box.inputValue()}${text}`);
    await thread.getByRole("button", { name: "Svara", exact: true }).click();
  }

  async filter(name: "Öppna" | "Mina" | "Nämner mig" | "Lösta"): Promise<void> {
    await this.drawer().getByRole("button", { name, exact: true }).click();
  }

  bellCount(): Locator {
    return this.page.getByTestId("notification-count");
  }
}
