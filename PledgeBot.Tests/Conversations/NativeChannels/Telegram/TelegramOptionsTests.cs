using System.ComponentModel.DataAnnotations;
using PledgeBot.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TelegramOptionsTests
{
    [Fact]
    public void Is_off_and_valid_with_no_keys_at_all()
    {
        var options = new TelegramOptions();

        Assert.False(options.IsConfigured);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void Refuses_a_token_without_a_valid_webhook_secret(string? secret)
    {
        var options = new TelegramOptions { BotToken = "123456789:ABC_def-1", WebhookSecret = secret };

        Assert.Contains(Validate(options), error => error.MemberNames.Contains(nameof(TelegramOptions.WebhookSecret)));
    }

    [Fact]
    public void Takes_a_256_character_secret_and_refuses_257()
    {
        Assert.Empty(Validate(new TelegramOptions { BotToken = "1:a", WebhookSecret = new string('a', 256) }));
        Assert.NotEmpty(Validate(new TelegramOptions { BotToken = "1:a", WebhookSecret = new string('a', 257) }));
    }

    [Fact]
    public void Refuses_a_malformed_token_a_plain_http_public_url_and_a_secret_without_a_token()
    {
        Assert.NotEmpty(Validate(new TelegramOptions { BotToken = "not-a-token", WebhookSecret = "s" }));
        Assert.NotEmpty(Validate(new TelegramOptions { BotToken = "1:a", WebhookSecret = "s", PublicUrl = new Uri("http://bot.example") }));
        Assert.NotEmpty(Validate(new TelegramOptions { WebhookSecret = "s" }));
    }

    [Fact]
    public void Takes_the_bot_id_from_the_token()
    {
        Assert.Equal("123456789", new TelegramOptions { BotToken = "123456789:ABC" }.BotId);
    }

    private static List<ValidationResult> Validate(TelegramOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
