using System.Text;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Http;

namespace PledgeBot.Tests.Http;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("{\"channelData\":\"\\ud800\"}")]
    [InlineData("{\"value\":{\"k\":\"a\\udfffb\"}}")]
    [InlineData("{\"entities\":[\"\\ud800\\ud800\"]}")]
    [InlineData("{\"\\udc00\":1}")]
    [InlineData("{\"text\":\"\\udc00\\ud800\"}")]
    public void Refuses_a_lone_surrogate_escape_in_any_string_or_name(string json)
    {
        Assert.Throws<JsonException>(() => StrictJson.Validate(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Refuses_invalid_utf8_inside_a_string(byte[] bytes)
    {
        byte[] json = [.. "{\"a\":\"x"u8, .. bytes, .. "\\n\"}"u8];
        byte[] name = [.. "{\""u8, .. bytes, .. "\":1}"u8];

        Assert.Throws<JsonException>(() => StrictJson.Validate(json));
        Assert.Throws<JsonException>(() => StrictJson.Validate(name));
    }

    [Theory]
    [InlineData("{\"text\":\"tiếng Việt 🙂 \\ud83d\\ude42 \\u00e9\"}")]
    [InlineData("{\"a\":[1,2.5,null,true,{\"b\":\"\\\"\\\\\\/\\n\"}]}")]
    public void Accepts_valid_unicode_escaped_or_not(string json)
    {
        StrictJson.Validate(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(StrictJson.Deserialize(Encoding.UTF8.GetBytes("{\"type\":\"message\"," + json[1..]), ProtocolJsonContext.Default.Activity));
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit()
    {
        var json = new string('[', StrictJson.MaxDepth + 1) + new string(']', StrictJson.MaxDepth + 1);

        Assert.ThrowsAny<JsonException>(() => StrictJson.Validate(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Turns_a_converter_failure_into_a_json_exception()
    {
        var body = Encoding.UTF8.GetBytes("{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":9007199254740993,\"chat\":{\"id\":1,\"type\":\"private\"}}}");

        Assert.Throws<JsonException>(() => StrictJson.Deserialize<Telegram.Bot.Types.Update>(body, Telegram.Bot.JsonBotAPI.Options));
    }
}
