package org.newsift.sources;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "::1, loopback", "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private",
        "192.168.1.1, private", "fd12:3456::1, private", "fc00::1, private", "169.254.169.254, link-local",
        "fe80::1, link-local", "224.0.0.1, multicast", "ff02::1, multicast", "0.0.0.0, unspecified",
        "::, unspecified", "100.64.0.1, carrier-grade NAT", "100.127.255.254, carrier-grade NAT",
        "255.255.255.255, broadcast", "::ffff:10.0.0.1, private"})
    void nonPublicAddressesAreNamed(String address, String why) throws Exception {
        assertEquals(why, AddressGuard.nonPublic(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:4700::1111"})
    void publicAddressesPass(String address) throws Exception {
        assertNull(AddressGuard.nonPublic(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "http:///nohost"})
    void onlyHttpAndHttpsWithAHost(String url) {
        AddressGuard guard = new AddressGuard(true, host -> new InetAddress[0]);
        assertEquals(FetchException.Kind.REFUSED,
                assertThrows(FetchException.class, () -> guard.check(URI.create(url))).kind());
    }

    @org.junit.jupiter.api.Test
    void oneNonPublicAddressAmongPublicOnesIsEnoughToRefuse() throws Exception {
        InetAddress[] mixed = {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5")};
        AddressGuard strict = new AddressGuard(false, host -> mixed);
        assertThrows(FetchException.class, () -> strict.check(URI.create("https://news.example/")));
        assertDoesNotThrow(() -> new AddressGuard(true, host -> mixed).check(URI.create("https://news.example/")));
    }
}
