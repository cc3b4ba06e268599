package com.tierflow.shared.process;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DrgElement;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model in bpmn/ carries a complete, untangled diagram, so that Cockpit and Modeler can draw it. */
class ModelDiagramsTest {

    // the DMN model API has no DMNDI types, so its shapes are read from the DOM
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DMN_DC = "http://www.omg.org/spec/DMN/20180521/DC/";
    // a pixel of slack: Modeler rounds points onto borders, and lines a pixel apart are drawn as one
    private static final double SLACK = 1;

    static Stream<Arguments> processModels() throws IOException {
        return models(".bpmn").stream()
                .map(file -> arguments(file.getFileName(), Bpmn.readModelFromFile(file.toFile())));
    }

    static Stream<Arguments> decisionModels() throws IOException {
        return models(".dmn").stream()
                .map(file -> arguments(file.getFileName(), Dmn.readModelFromFile(file.toFile())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void shouldDrawEveryFlowNodeOnce(Path file, BpmnModelInstance model) {
        Map<String, Long> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .collect(groupingBy(shape -> shape.getBpmnElement().getId(), counting()));
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        List<String> notDrawnOnce = nodes.stream()
                .filter(node -> shapes.getOrDefault(node.getId(), 0L) != 1)
                .map(node -> node.getId() + ": " + shapes.getOrDefault(node.getId(), 0L) + " shapes")
                .toList();

        assertThat(nodes).isNotEmpty();
        assertThat(notDrawnOnce).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void shouldDrawEverySequenceFlowFromTheBorderOfItsSourceToTheBorderOfItsTarget(Path file, BpmnModelInstance model) {
        Map<String, List<BpmnEdge>> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(groupingBy(edge -> edge.getBpmnElement().getId()));
        Map<String, Box> boxes = boxes(model);
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
        List<String> misdrawn = new ArrayList<>();

        for (SequenceFlow flow : flows) {
            List<BpmnEdge> drawn = edges.getOrDefault(flow.getId(), List.of());
            List<Point> points = drawn.size() == 1
                    ? drawn.get(0).getWaypoints().stream().map(Point::of).toList() : List.of();
            if (drawn.size() != 1 || points.size() < 2) {
                misdrawn.add(flow.getId() + ": " + drawn.size() + " edges, " + points.size() + " waypoints");
                continue;
            }
            if (!onOutline(boxes, flow.getSource(), points.get(0))) {
                misdrawn.add(flow.getId() + " starts off the border of " + flow.getSource().getId());
            }
            if (!onOutline(boxes, flow.getTarget(), points.get(points.size() - 1))) {
                misdrawn.add(flow.getId() + " ends off the border of " + flow.getTarget().getId());
            }
        }

        assertThat(flows).isNotEmpty();
        assertThat(misdrawn).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void shouldDrawEveryEdgeWithRightAnglesOnly(Path file, BpmnModelInstance model) {
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        List<String> diagonals = new ArrayList<>();

        for (BpmnEdge edge : edges) {
            for (Segment segment : segments(edge)) {
                if (!segment.isHorizontalOrVertical()) {
                    diagonals.add(edge.getBpmnElement().getId() + " runs diagonally " + segment);
                }
            }
        }

        assertThat(edges).isNotEmpty();
        assertThat(diagonals).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void shouldNotDrawTwoEdgesOnTopOfEachOther(Path file, BpmnModelInstance model) {
        List<BpmnEdge> edges = List.copyOf(model.getModelElementsByType(BpmnEdge.class));
        List<String> shared = new ArrayList<>();

        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                for (Segment one : segments(edges.get(i))) {
                    for (Segment other : segments(edges.get(j))) {
                        if (one.sharedLength(other) > SLACK) {
                            shared.add(edges.get(i).getBpmnElement().getId() + " and "
                                    + edges.get(j).getBpmnElement().getId() + " share " + one + " and " + other);
                        }
                    }
                }
            }
        }

        assertThat(edges).isNotEmpty();
        assertThat(shared).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void shouldKeepShapesOfOneLevelApart(Path file, BpmnModelInstance model) {
        Map<String, Box> boxes = boxes(model);
        List<String> clashes = new ArrayList<>();

        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            if (!box(boxes, event.getAttachedTo()).hasOnBorder(box(boxes, event).centre())) {
                clashes.add(event.getId() + " is off the border of " + event.getAttachedTo().getId());
            }
        }
        Collection<List<FlowNode>> levels = model.getModelElementsByType(FlowNode.class).stream()
                .collect(groupingBy(FlowNode::getParentElement)).values();
        for (List<FlowNode> level : levels) {
            for (int i = 0; i < level.size(); i++) {
                for (int j = i + 1; j < level.size(); j++) {
                    FlowNode one = level.get(i);
                    FlowNode other = level.get(j);
                    if (!attached(one, other) && box(boxes, one).overlaps(box(boxes, other))) {
                        clashes.add(one.getId() + " overlaps " + other.getId());
                    }
                }
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getParentElement() instanceof SubProcess parent && !box(boxes, parent).holds(box(boxes, node))) {
                clashes.add(node.getId() + " sticks out of " + parent.getId());
            }
        }

        assertThat(clashes).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionModels")
    void shouldDrawEveryDecisionOnceAndApart(Path file, DmnModelInstance model) {
        List<String> drawnElements = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (DomElement shape : model.getDocument().getElementsByNameNs(DMNDI, "DMNShape")) {
            drawnElements.add(localPart(shape.getAttribute("dmnElementRef")));
            boxes.add(Box.of(shape.getChildElementsByNameNs(DMN_DC, "Bounds").get(0)));
        }
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    clashes.add(drawnElements.get(i) + " overlaps " + drawnElements.get(j));
                }
            }
        }

        assertThat(model.getModelElementsByType(DrgElement.class)).isNotEmpty()
                .extracting(DrgElement::getId).containsExactlyInAnyOrderElementsOf(drawnElements);
        assertThat(clashes).isEmpty();
    }

    private static List<Path> models(String extension) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static Map<String, Box> boxes(BpmnModelInstance model) {
        Map<String, Box> boxes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            boxes.put(shape.getBpmnElement().getId(), Box.of(shape.getBounds()));
        }
        return boxes;
    }

    private static Box box(Map<String, Box> boxes, FlowNode node) {
        assertThat(boxes).as("shape of %s", node.getId()).containsKey(node.getId());
        return boxes.get(node.getId());
    }

    /** Edges dock on what is drawn: the circle of an event, the diamond of a gateway, the rectangle of an activity. */
    private static boolean onOutline(Map<String, Box> boxes, FlowNode node, Point point) {
        Box box = box(boxes, node);
        double distance = node instanceof Event ? box.distanceToCircle(point)
                : node instanceof Gateway ? box.distanceToDiamond(point)
                : box.distanceToRectangle(point);
        return distance <= SLACK;
    }

    private static List<Segment> segments(BpmnEdge edge) {
        List<Point> points = edge.getWaypoints().stream().map(Point::of).toList();
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            segments.add(new Segment(points.get(i - 1), points.get(i)));
        }
        return segments;
    }

    /** A boundary event sits on its host, so the two may share space. */
    private static boolean attached(FlowNode one, FlowNode other) {
        return isAttachedTo(one, other) || isAttachedTo(other, one);
    }

    private static boolean isAttachedTo(FlowNode node, FlowNode host) {
        return node instanceof BoundaryEvent event && event.getAttachedTo().equals(host);
    }

    private static String localPart(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    }

    private record Point(double x, double y) {

        static Point of(Waypoint waypoint) {
            return new Point(waypoint.getX(), waypoint.getY());
        }

        Point minus(Point other) {
            return new Point(x - other.x, y - other.y);
        }

        double dot(Point other) {
            return x * other.x + y * other.y;
        }

        double cross(Point other) {
            return x * other.y - y * other.x;
        }

        double distanceTo(Point other) {
            return Math.hypot(x - other.x, y - other.y);
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    private record Segment(Point from, Point to) {

        boolean isHorizontalOrVertical() {
            return from.x == to.x || from.y == to.y;
        }

        double length() {
            return from.distanceTo(to);
        }

        double distanceTo(Point point) {
            Point direction = to.minus(from);
            double squaredLength = direction.dot(direction);
            double share = squaredLength == 0 ? 0
                    : Math.max(0, Math.min(1, point.minus(from).dot(direction) / squaredLength));
            return point.distanceTo(new Point(from.x + direction.x * share, from.y + direction.y * share));
        }

        /** The length over which the other segment runs along this one; 0 when they only cross or meet at a point. */
        double sharedLength(Segment other) {
            double length = length();
            Point direction = to.minus(from);
            if (length == 0 || Math.abs(direction.cross(other.from.minus(from))) / length > SLACK
                    || Math.abs(direction.cross(other.to.minus(from))) / length > SLACK) {
                return 0;
            }
            double start = direction.dot(other.from.minus(from)) / length;
            double end = direction.dot(other.to.minus(from)) / length;
            return Math.max(0, Math.min(length, Math.max(start, end)) - Math.max(0, Math.min(start, end)));
        }

        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    private record Box(double x, double y, double width, double height) {

        static Box of(Bounds bounds) {
            return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        static Box of(DomElement bounds) {
            return new Box(number(bounds, "x"), number(bounds, "y"), number(bounds, "width"), number(bounds, "height"));
        }

        Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        /** Distance from the circle inscribed in this box, as an event is drawn. */
        double distanceToCircle(Point point) {
            return Math.abs(centre().distanceTo(point) - Math.min(width, height) / 2);
        }

        /** Distance from the diamond whose corners are the middles of this box's sides, as a gateway is drawn. */
        double distanceToDiamond(Point point) {
            Point centre = centre();
            return distanceToPolygon(point, new Point(centre.x, y), new Point(x + width, centre.y),
                    new Point(centre.x, y + height), new Point(x, centre.y));
        }

        double distanceToRectangle(Point point) {
            return distanceToPolygon(point, new Point(x, y), new Point(x + width, y),
                    new Point(x + width, y + height), new Point(x, y + height));
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }

        boolean holds(Box inner) {
            return inner.x >= x && inner.y >= y
                    && inner.x + inner.width <= x + width && inner.y + inner.height <= y + height;
        }

        boolean touches(Point point) {
            return point.x >= x - SLACK && point.x <= x + width + SLACK
                    && point.y >= y - SLACK && point.y <= y + height + SLACK;
        }

        boolean hasOnBorder(Point point) {
            boolean onSide = near(point.x, x) || near(point.x, x + width);
            boolean onTopOrBottom = near(point.y, y) || near(point.y, y + height);
            return touches(point) && (onSide || onTopOrBottom);
        }

        private static double distanceToPolygon(Point point, Point... corners) {
            double distance = Double.MAX_VALUE;
            for (int i = 0; i < corners.length; i++) {
                distance = Math.min(distance, new Segment(corners[i], corners[(i + 1) % corners.length]).distanceTo(point));
            }
            return distance;
        }

        private static double number(DomElement bounds, String attribute) {
            return Double.parseDouble(bounds.getAttribute(attribute));
        }

        private static boolean near(double a, double b) {
            return Math.abs(a - b) <= SLACK;
        }
    }
}
