package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamAndOutputTest {

    @Test
    void injectedBettingSpamNeverBecomesAnEntity() {
        List<Entity> entities = Extractor.withDefaults().entities(
                "会议深入学习贯彻90分钟足球网_bet36亚洲体育¥在线官网总书记重要讲话精神。省长尹弘主持会议。");
        for (Entity entity : entities) {
            assertFalse(entity.text().matches(".*([¥_]|bet|足球|体育|官网).*"), entity.toString());
        }
        assertEquals(List.of("尹弘"), Entities.of(entities).names(dev.newsflow.contracts.EntityType.PERSON));
    }

    @Test
    void adultSpamLineGivesNoEntity() {
        List<Entity> entities = Extractor.withDefaults().entities("久久Av秘 无码一区二区,亚洲欧美一区二区三区在饯,伊人久久波多结衣人妻系列");
        assertTrue(entities.isEmpty(), entities.toString());
    }

    @Test
    void mentionsPointIntoTheText() {
        String text = "省长尹弘主持会议。尹弘强调,郑州要做好“两手抓”。";
        for (Entity entity : Extractor.withDefaults().entities(text)) {
            assertEquals(entity.count(), entity.mentions().size());
            for (Mention mention : entity.mentions()) {
                String mentioned = text.substring(mention.start(), mention.end());
                assertTrue(mentioned.equals(entity.text()) || entity.type() == dev.newsflow.contracts.EntityType.DATE,
                        mentioned + " vs " + entity);
            }
        }
    }

    @Test
    void segmentedTextKeywordsAndSummary() {
        CleanDocument doc = new CleanDocument();
        doc.text = "林武等有关省领导出席\n2月23日下午,省委书记楼阳生主持召开省委第十五次专题会议。楼阳生强调,要统筹抓好疫情防控和经济社会发展两件大事。会议以视频方式开到市县。";
        EnrichedDocument enriched = Extractor.withDefaults().enrich(doc);
        assertTrue(enriched.segmentedText.contains(" 楼阳生 "), enriched.segmentedText);
        assertFalse(enriched.segmentedText.contains("  "));
        assertFalse(enriched.segmentedText.contains("。"));
        assertTrue(enriched.keywords.contains("楼阳生"), enriched.keywords.toString());
        assertTrue(enriched.keywords.stream().noneMatch(k -> k.length() < 2 || k.equals("会议")), enriched.keywords.toString());
        assertTrue(enriched.summary.startsWith("2月23日下午,省委书记楼阳生主持召开"), enriched.summary);
    }

    @Test
    void emptyDocumentIsEnrichedToo() {
        EnrichedDocument enriched = Extractor.withDefaults().enrich(new CleanDocument());
        assertNotNull(enriched.entities);
        assertEquals("", enriched.segmentedText);
    }
}
