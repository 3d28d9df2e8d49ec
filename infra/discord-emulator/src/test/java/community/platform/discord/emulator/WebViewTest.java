package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.web.WebView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The emulator's browser view in a real headless Chromium (Debian's chromium and chromium-driver): a person without a
 * Discord token sees the channel as a member does and acts as any member; the bot (JDA) receives each action as it
 * would from Discord. {@code -Dwebview.screenshot=<file>} saves what the browser shows (the README's picture).
 */
class WebViewTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static GuildScript guild;
    private static WebView view;
    private static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Demo Guild");
        guild.textChannel("proposals");
        guild.textChannel("general");
        guild.member("alice");
        guild.member("bob");
        client = JdaClient.logIn(emulator);
        client.jda.updateCommands().addCommands(Commands.slash("proposal", "Open a proposal")
                        .addOption(OptionType.STRING, "title", "What to decide", true)
                        .addOption(OptionType.INTEGER, "hours", "How long", false),
                Commands.slash("propose", "Write a proposal in a form")).complete();
        view = WebView.start(emulator, 0);
        browser = chromium();
        browser.get(view.url());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (view != null) {
            view.close();
        }
        client.close();
        emulator.close();
    }

    /** Debian's Chromium with the flags this machine's closed network needs (see the env notes). */
    static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Waits through the page's re-rendering (it redraws a channel when its messages change). */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Clicks what the selector finds once the page shows it, again if a redraw replaced it meanwhile. */
    private static void click(By selector) {
        waiting().until(d -> {
            d.findElement(selector).click();
            return true;
        });
    }

    /** Picks a value of the select the selector finds, again if a redraw replaced it meanwhile. */
    private static void pick(By selector, String value) {
        waiting().until(d -> {
            new Select(d.findElement(selector)).selectByValue(value);
            return true;
        });
    }

    @Test
    @DisplayName("in a real browser: a member runs a slash command, sees the bot's embed with buttons and a select, clicks, picks, fills a form and reacts; the bot receives each")
    void actAsAMember() throws Exception {
        // the page lists the guild's channels and its members
        click(By.cssSelector("nav a[data-channel='proposals']"));
        pick(By.id("member"), Long.toString(guild.member("alice").id()));

        // a slash command with its options
        pick(By.id("command"), "proposal");
        browser.findElement(By.cssSelector("[data-option='title']")).sendKeys("Raid night moves to Friday");
        browser.findElement(By.cssSelector("[data-option='hours']")).sendKeys("48");
        browser.findElement(By.id("send")).click();
        SlashCommandInteractionEvent slash = client.next(SlashCommandInteractionEvent.class);
        assertThat(slash.getOption("title").getAsString()).isEqualTo("Raid night moves to Friday");
        assertThat(slash.getOption("hours").getAsInt()).isEqualTo(48);
        assertThat(slash.getUser().getName()).isEqualTo("alice");
        slash.replyEmbeds(new EmbedBuilder().setTitle("🗳️ Raid night moves to Friday")
                        .setDescription("Proposed by alice · closes in 48 hours").addField("✅ Yes", "0", true)
                        .addField("❌ No", "0", true).setColor(0x5865F2).build())
                .setComponents(ActionRow.of(Button.success("ballot:1:yes", "Yes"), Button.danger("ballot:1:no", "No")),
                        ActionRow.of(StringSelectMenu.create("ballot:1:when").addOption("Friday", "fri")
                                .addOption("Saturday", "sat").build())).complete();

        // the member sees the embed, and clicks as bob
        waiting().until(d -> d.findElements(By.cssSelector(".embed .title")).stream()
                .anyMatch(e -> e.getText().contains("Raid night moves to Friday")));
        pick(By.id("member"), Long.toString(guild.member("bob").id()));
        click(By.cssSelector("button[data-custom-id='ballot:1:yes']"));
        ButtonInteractionEvent click = client.next(ButtonInteractionEvent.class);
        assertThat(click.getComponentId()).isEqualTo("ballot:1:yes");
        assertThat(click.getUser().getName()).isEqualTo("bob");
        click.deferEdit().complete();

        pick(By.cssSelector("select[data-custom-id='ballot:1:when']"), "sat");
        StringSelectInteractionEvent pick = client.next(StringSelectInteractionEvent.class);
        assertThat(pick.getValues()).containsExactly("sat");
        pick.deferEdit().complete();

        // a reaction
        click(By.cssSelector(".message .reactions button[title='react 👍']"));
        waiting().until(d -> d.findElements(By.cssSelector(".reactions button")).stream()
                .anyMatch(e -> e.getText().equals("👍 1")));

        if (System.getProperty("webview.screenshot") != null) {
            Files.write(Path.of(System.getProperty("webview.screenshot")),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }

        // a form the bot opens
        pick(By.id("command"), "propose");
        click(By.id("send"));
        client.next(SlashCommandInteractionEvent.class).replyModal(Modal.create("propose", "Proposal")
                .addComponents(Label.of("Title", TextInput.create("title", TextInputStyle.SHORT).build())).build())
                .complete();
        waiting().until(d -> d.findElement(By.id("form-dialog")).isDisplayed());
        browser.findElement(By.cssSelector("[data-field='title']")).sendKeys("More raids");
        browser.findElement(By.id("modal-submit")).click();
        ModalInteractionEvent form = client.next(ModalInteractionEvent.class);
        assertThat(form.getValue("title").getAsString()).isEqualTo("More raids");
        form.reply("Thanks!").setEphemeral(true).complete();
        waiting().until(d -> d.findElements(By.cssSelector(".message .content")).stream()
                .anyMatch(e -> e.getText().equals("Thanks!")));
    }

    @Test
    @DisplayName("in a real browser: what Discord's client would not allow (a required option left out) is said on the page and never reaches the bot")
    void refusedOnThePage() {
        click(By.cssSelector("nav a[data-channel='general']"));
        pick(By.id("command"), "proposal");
        click(By.id("send"));
        WebElement notice = browser.findElement(By.id("notice"));
        waiting().until(d -> notice.getText().contains("requires the option 'title'"));
        List<?> none = client.events.stream().filter(SlashCommandInteractionEvent.class::isInstance).toList();
        assertThat(none).isEmpty();
    }

    @Test
    @DisplayName("in a real browser: a channel's threads are listed under it; opening one shows its messages, writing there posts in the thread, archived ones say so")
    void threads() {
        var alice = guild.member("alice");
        var topic = alice.says("#general", "Raid roles?");
        var thread = alice.startsThread(topic, "Roles talk");
        alice.says(thread, "I can tank");
        click(By.cssSelector("nav a[data-thread='Roles talk']"));
        waiting().until(d -> d.findElement(By.id("channel-title")).getText().equals("🧵 Roles talk"));
        waiting().until(d -> d.findElements(By.cssSelector(".message .content")).stream()
                .anyMatch(e -> e.getText().equals("I can tank")));
        pick(By.id("member"), Long.toString(guild.member("bob").id()));
        browser.findElement(By.id("text")).sendKeys("I heal");
        click(By.id("send"));
        waiting().until(d -> guild.thread(thread.id()).messages().stream().anyMatch(m -> m.content().equals("I heal")));
        assertThat(guild.messages("general")).noneMatch(m -> m.content().equals("I heal"));
        guild.archiveThread(thread.id());
        waiting().until(d -> d.findElement(By.cssSelector("nav a[data-thread='Roles talk']")).getText()
                .contains("(archived)"));
    }
}
