using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Referrals;
using PledgeBot.Conversations.NativeChannels.Messenger;
using static PledgeBot.Tests.Conversations.NativeChannels.Messenger.MessengerEvent;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class MessengerEventsTests
{
    [Fact]
    public void Maps_a_text_message_to_a_message_activity_in_the_page_and_psid_conversation()
    {
        var activity = Assert.Single(Parse(Envelope(Text("2468", "xin chào", mid: "m_1"))).Activities);

        Assert.Equal((ActivityTypes.Message, "m_1", "facebook"), (activity.Type, activity.Id, activity.ChannelId));
        Assert.Equal(("2468", PageId, $"{PageId}:2468"), (activity.From!.Id, activity.Recipient!.Id, activity.Conversation!.Id));
        Assert.Equal(("xin chào", "vi-VN"), (activity.Text, activity.Locale));
        Assert.NotNull(activity.Timestamp);
        Assert.Equal("m_1", activity.ChannelData!.Value.GetProperty("message").GetProperty("mid").GetString());
    }

    [Fact]
    public void Takes_a_quick_reply_payload_as_text_and_value()
    {
        var activity = Assert.Single(Parse(Envelope(QuickReply("2468", "🤝 Cam kết", "menu.pledge"))).Activities);

        Assert.Equal("menu.pledge", activity.Text);
        Assert.Equal("menu.pledge", activity.Value!.Value.GetString());
    }

    [Fact]
    public void Keeps_a_get_started_referral_where_referral_capture_finds_it()
    {
        var activity = Assert.Single(Parse(Envelope(Postback("2468", "GET_STARTED", referral: "KOL_AN"))).Activities);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(("GET_STARTED", "GET_STARTED"), (activity.Text, activity.Value!.Value.GetString()));
        Assert.StartsWith("m_", activity.Id, StringComparison.Ordinal);
        Assert.Equal("KOL_AN", ReferralSources.Find(activity)?.Code);
    }

    [Fact]
    public void Maps_a_referral_into_an_existing_thread_to_a_message_without_text_that_carries_the_code()
    {
        var activity = Assert.Single(Parse(Envelope(Referral("2468", "KOC_BINH"))).Activities);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.EndsWith(":2468:ref", activity.Id, StringComparison.Ordinal);
        Assert.Equal(new ReferralArrival("KOC_BINH", null, CaptureOnly: true, Typed: false), ReferralSources.Find(activity));
    }

    [Fact]
    public void Ignores_echoes_receipts_referrals_without_a_code_and_other_objects()
    {
        var delivery = Parse(Envelope(Echo("2468", "hi"), Delivery("2468"), Read("2468"), Referral("2468", " ")));
        var other = Parse("""{"object":"instagram","entry":[]}""");

        Assert.Empty(delivery.Activities);
        Assert.Equal(["echo", "delivery", "read", "referral"], delivery.Ignored);
        Assert.Empty(other.Activities);
    }

    [Fact]
    public void Keeps_every_event_of_every_entry_in_order()
    {
        var delivery = Parse(Entries([Text("1", "a"), Text("2", "b")], [Text("1", "c")]));

        Assert.Equal(["a", "b", "c"], delivery.Activities.Select(a => a.Text));
    }

    private static MessengerDelivery Parse(string body) => MessengerEvents.Read(JsonDocument.Parse(body).RootElement)!;
}
