package dev.newsflow.extract.recognize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({"十,10", "十五,15", "二十三,23", "一百零八,108", "四,4", "两千,2000", "15,15", "三万五千,35000", "第,-1"})
    void parses(String text, long expected) {
        assertEquals(expected, ChineseNumerals.parse(text));
    }
}
