/*
 * The process diagram on a profile's page: bpmn-js's NavigatedViewer draws the deployed model with
 * its labels in the page's language (data-labels, keyed by element id), marks the steps the page
 * names in data-current, data-completed and data-cancelled, and opens at a readable size on the
 * current step; it is dragged to pan, and zoomed with the buttons or Ctrl and the mouse wheel. The
 * page already says the current steps in words; the drawing only repeats them for those who see it.
 */
(function () {
  'use strict';

  var READABLE = 0.9;
  var STEP = 1.25;

  function mark(viewer, ids, css) {
    var canvas = viewer.get('canvas');
    var elements = viewer.get('elementRegistry');
    (ids || '').split(' ').filter(Boolean).forEach(function (id) {
      if (elements.get(id)) {
        canvas.addMarker(id, css);
      }
    });
  }

  /** The model with each labelled element's name in the page's language. */
  function translated(xml, labels) {
    var ids = Object.keys(labels || {});
    if (!ids.length || !window.DOMParser) {
      return xml;
    }
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      return xml;
    }
    var all = doc.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var id = all[i].getAttribute('id');
      if (id && Object.prototype.hasOwnProperty.call(labels, id) && all[i].hasAttribute('name')) {
        all[i].setAttribute('name', labels[id]);
      }
    }
    return new XMLSerializer().serializeToString(doc);
  }

  function labelsOf(container) {
    try {
      return JSON.parse(container.dataset.labels || '{}');
    } catch (e) {
      return {};
    }
  }

  /** Readable size, centred on the first current step; the whole diagram when none waits. */
  function open(viewer, container) {
    var canvas = viewer.get('canvas');
    var elements = viewer.get('elementRegistry');
    var first = (container.dataset.current || '').split(' ').filter(Boolean)
      .map(function (id) { return elements.get(id); })
      .filter(Boolean)[0];
    if (!first) {
      canvas.zoom('fit-viewport');
      return;
    }
    canvas.zoom(READABLE, { x: first.x + (first.width || 0) / 2, y: first.y + (first.height || 0) / 2 });
    var box = canvas.viewbox();
    canvas.viewbox({
      x: first.x + (first.width || 0) / 2 - box.width / 2,
      y: first.y + (first.height || 0) / 2 - box.height / 2,
      width: box.width,
      height: box.height
    });
  }

  function controls(viewer, container) {
    var canvas = viewer.get('canvas');
    var group = container.previousElementSibling;
    if (!group || !group.classList.contains('diagram-controls')) {
      return;
    }
    function on(css, action) {
      var button = group.querySelector(css);
      if (button) {
        button.addEventListener('click', action);
      }
    }
    on('.diagram-zoom-in', function () { canvas.zoom(canvas.zoom() * STEP); });
    on('.diagram-zoom-out', function () { canvas.zoom(canvas.zoom() / STEP); });
    on('.diagram-zoom-fit', function () { canvas.zoom('fit-viewport'); });
  }

  function show(container) {
    var viewer = new window.BpmnJS({ container: container });
    fetch(container.dataset.diagram, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram answered ' + response.status);
        }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(translated(xml, labelsOf(container))); })
      .then(function () {
        mark(viewer, container.dataset.completed, 'step-completed');
        mark(viewer, container.dataset.cancelled, 'step-cancelled');
        mark(viewer, container.dataset.current, 'step-current');
        open(viewer, container);
        controls(viewer, container);
        container.classList.add('diagram-shown');
      })
      .catch(function () {
        container.classList.add('diagram-failed');
        var group = container.previousElementSibling;
        if (group && group.classList.contains('diagram-controls')) {
          group.hidden = true;
        }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.BpmnJS) {
      document.querySelectorAll('.process-diagram[data-diagram]').forEach(show);
    }
  });
})();
