using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Staff;

/// <summary>Issue 16, cause 7: the staff key check ran on every request with a Bearer header, so Web Chat's polls (with
/// Direct Line tokens) from one address counted as wrong staff keys and locked the right one out. A host of its own
/// with the default limits, in-memory, so every request comes from the same address.</summary>
[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class StaffLockoutTests(DirectLineHostFixture directLine)
{
    private const string StaffKey = "staff-key-for-the-lockout-tests";

    private static readonly string s_staffKeyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey)));

    [Fact]
    public async Task The_staff_key_still_works_after_30_web_chat_polls_from_the_same_address()
    {
        var host = directLine.CreateFactory(("Staff:ApiKeys:0", s_staffKeyHash), ("Staff:FailedAttemptsPerWindow", "10"));
        using var page = host.CreateClient();
        var conversation = await new DirectLineTestClient(page).StartAsync();

        for (var poll = 0; poll < 30; poll++)
        {
            using var response = await Send(page, HttpMethod.Get, $"v3/directline/conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var staff = await Send(page, HttpMethod.Get, "admin/dashboard.json", StaffKey);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task Still_holds_an_address_that_sends_wrong_staff_keys_to_staff_routes()
    {
        var host = directLine.CreateFactory(("Staff:ApiKeys:0", s_staffKeyHash), ("Staff:FailedAttemptsPerWindow", "3"));
        using var client = host.CreateClient();

        for (var guess = 0; guess < 3; guess++)
        {
            using var wrong = await Send(client, HttpMethod.Get, "admin/dashboard.json", $"wrong-{guess}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var held = await Send(client, HttpMethod.Get, "admin/dashboard.json", StaffKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string bearer)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request);
    }
}
