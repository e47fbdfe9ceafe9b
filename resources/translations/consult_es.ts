<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="132"/>
        <source>Accept an Invitation or a Reply</source>
        <translation>Aceptar una invitación o una respuesta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="134"/>
        <source>An invitation from the other delegation&apos;s secretariat loads its dialogue into this workspace or into a new one, and writes the reply to send back. The reply to an invitation made here completes the pairing.</source>
        <translation>Una invitación de la secretaría de la otra delegación carga su diálogo en este espacio de trabajo o en uno nuevo, y escribe la respuesta que hay que devolver. La respuesta a una invitación hecha aquí completa el emparejamiento.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="140"/>
        <source>for example Secrétariat français (needed for an invitation)</source>
        <translation>por ejemplo Secrétariat français (necesario para una invitación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="142"/>
        <source>this workspace ({name})</source>
        <translation>este espacio de trabajo ({name})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="143"/>
        <source>a new workspace file</source>
        <translation>un nuevo archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="144"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espacios de trabajo de Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="148"/>
        <source>Invitation or reply:</source>
        <translation>Invitación o respuesta:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="149"/>
        <source>Accept an invitation into:</source>
        <translation>Aceptar una invitación en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="150"/>
        <source>New workspace file:</source>
        <translation>Nuevo archivo de espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="151"/>
        <source>Call the other secretariat:</source>
        <translation>Nombre de la otra secretaría:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="152"/>
        <source>Write the reply to:</source>
        <translation>Escribir la respuesta en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="154"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="159"/>
        <source>Choose the invitation or the reply to accept.</source>
        <translation>Elija la invitación o la respuesta que desea aceptar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="165"/>
        <source>Say where to make the new workspace, or accept into this one.</source>
        <translation>Indique dónde crear el nuevo espacio de trabajo, o acepte en este.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="165"/>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="169"/>
        <location filename="../../consult_app/ui/followup.py" line="183"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="169"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="173"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="179"/>
        <source>Joint — shared with the other delegation</source>
        <translation>Conjunta — compartida con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="179"/>
        <source>Internal — our own to-do</source>
        <translation>Interna — tarea propia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="181"/>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="184"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="185"/>
        <source>Under commitment:</source>
        <translation>En virtud del compromiso:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="186"/>
        <source>Audience:</source>
        <translation>Difusión:</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="108"/>
        <source> — overdue</source>
        <translation> — vencido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="112"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="112"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="221"/>
        <source>All open</source>
        <translation>Todas las pendientes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="222"/>
        <source>Mine</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="223"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="224"/>
        <source>Due this month</source>
        <translation>Vencen este mes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="230"/>
        <source>Show done and cancelled</source>
        <translation>Mostrar hechas y canceladas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="246"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="255"/>
        <source>Add Action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="256"/>
        <source>Mark Done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="235"/>
        <location filename="../../consult_app/ui/followup.py" line="316"/>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="254"/>
        <source>Edit Action…</source>
        <translation>Editar la acción…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="269"/>
        <source>Nothing to show: Add Action… records a follow-up action; “Show” and “Show done and cancelled” widen the list.</source>
        <translation>Nada que mostrar: «Añadir acción…» registra una acción de seguimiento; «Mostrar» y «Mostrar hechas y canceladas» amplían la lista.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="271"/>
        <source>Select a dialogue on the left to see its follow-up actions.</source>
        <translation>Seleccione un diálogo a la izquierda para ver sus acciones de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="288"/>
        <source>assigned to {name}</source>
        <translation>asignadas a {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="290"/>
        <source>assigned to {name} — say who you are in Tools › Preferences</source>
        <translation>asignadas a {name} — indique quién es usted en Herramientas › Preferencias</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="344"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="326"/>
        <location filename="../../consult_app/ui/followup.py" line="335"/>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="260"/>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="263"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="264"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="265"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="266"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="267"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="268"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="269"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="270"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="271"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="285"/>
        <source>Add Item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="286"/>
        <source>Add Sub-item</source>
        <translation>Añadir subpunto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="287"/>
        <source>Add Break</source>
        <translation>Añadir pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="288"/>
        <source>Add Lunch</source>
        <translation>Añadir almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="289"/>
        <source>Add Day</source>
        <translation>Añadir jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="291"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="292"/>
        <source>Open Commitment</source>
        <translation>Abrir compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="293"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="294"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="295"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="297"/>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="296"/>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="322"/>
        <source>Add a break, a lunch or a day</source>
        <translation>Añadir una pausa, un almuerzo o una jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="426"/>
        <source>Reviews a commitment: Enter or a double click opens it.</source>
        <translation>Examina un compromiso: Intro o un doble clic lo abre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="428"/>
        <source>Internal notes: {text}</source>
        <translation>Notas internas: {text}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="389"/>
        <source>{n} items · {start} – {end}</source>
        <translation>{n} puntos · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="391"/>
        <source>1 item over {days} days · ends {end}</source>
        <translation>1 punto en {days} días · termina el {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="394"/>
        <source>the session lasts one day</source>
        <translation>la sesión dura un día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="394"/>
        <source>the session lasts {n} days</source>
        <translation>la sesión dura {n} días</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="395"/>
        <source>: change its dates or remove a day</source>
        <translation>: cambie sus fechas o quite una jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="383"/>
        <source>No items yet: Add Item (Ctrl+Shift+N).</source>
        <translation>Aún no hay puntos: Añadir punto (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="363"/>
        <source>No items yet: Add Item (Ctrl+Shift+N) puts the first one on the agenda.</source>
        <translation>Todavía no hay puntos: «Añadir punto» (Ctrl+Mayús+N) incluye el primero en el orden del día.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="389"/>
        <source>1 item · {start} – {end}</source>
        <translation>1 punto · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="391"/>
        <source>{n} items over {days} days · ends {end}</source>
        <translation>{n} puntos en {days} días · termina el {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="455"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="471"/>
        <source>A break, a lunch or a day heading cannot hold sub-items: select an agenda item first.</source>
        <translation>Una pausa, un almuerzo o un encabezado de jornada no puede tener subpuntos: seleccione primero un punto del orden del día.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="476"/>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="484"/>
        <source>Add agenda item</source>
        <translation>Añadir punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add break</source>
        <translation>Añadir pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add lunch</source>
        <translation>Añadir almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add day</source>
        <translation>Añadir jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="523"/>
        <source>Edit agenda item</source>
        <translation>Editar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="544"/>
        <source>Delete agenda item</source>
        <translation>Eliminar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="555"/>
        <source>Move agenda item</source>
        <translation>Mover punto del orden del día</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="57"/>
        <source>Amend agreed minutes</source>
        <translation>Enmendar un acta aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="68"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="69"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="70"/>
        <source>New wording:</source>
        <translation>Nueva redacción:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="71"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="72"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="73"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="82"/>
        <source>Signed off for {party} by:</source>
        <translation>Aprobado por {party} por:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="84"/>
        <source>Amend</source>
        <translation>Enmendar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="93"/>
        <source>say why the agreed minutes are amended.</source>
        <translation>indique por qué se enmienda el acta aprobada.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="19"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="20"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="21"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="22"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="23"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="24"/>
        <source>Delegation member</source>
        <translation>Miembro de la delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="25"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="26"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="27"/>
        <source>Reaffirmation</source>
        <translation>Reafirmación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="28"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="29"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="30"/>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="31"/>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="32"/>
        <source>Minutes amendment</source>
        <translation>Enmienda del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="138"/>
        <source>Status of {ref}: {status}, {date}</source>
        <translation>Estado de {ref}: {status}, {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="145"/>
        <source>Measurement of {indicator}: {value}, {date}</source>
        <translation>Medición de {indicator}: {value}, {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="151"/>
        <source>New follow-up action: “{what}”</source>
        <translation>Nueva acción de seguimiento: «{what}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="153"/>
        <source>Follow-up action deleted: “{what}”</source>
        <translation>Acción de seguimiento eliminada: «{what}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="154"/>
        <source>Follow-up action “{what}”: {changes}</source>
        <translation>Acción de seguimiento «{what}»: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="158"/>
        <source>New commitment {ref}</source>
        <translation>Nuevo compromiso {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="160"/>
        <source>Commitment deleted: {ref}</source>
        <translation>Compromiso eliminado: {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="161"/>
        <source>Commitment {ref}: {changes}</source>
        <translation>Compromiso {ref}: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="165"/>
        <source>New agenda item “{title}”</source>
        <translation>Nuevo punto del orden del día «{title}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="167"/>
        <source>Agenda item deleted: “{title}”</source>
        <translation>Punto del orden del día eliminado: «{title}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="168"/>
        <source>Agenda item “{title}”: {changes}</source>
        <translation>Punto del orden del día «{title}»: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="171"/>
        <source>{what} added</source>
        <translation>{what}: añadido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="173"/>
        <source>{what} deleted</source>
        <translation>{what}: eliminado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="174"/>
        <source>{what} changed: {changes}</source>
        <translation>{what}: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="180"/>
        <source>Packet {seq} from {name} ({when}): 1 change.</source>
        <translation>Paquete {seq} de {name} ({when}): 1 cambio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="181"/>
        <source>Packet {seq} from {name} ({when}): {n} changes.</source>
        <translation>Paquete {seq} de {name} ({when}): {n} cambios.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="184"/>
        <source>It was already imported: nothing changed.</source>
        <translation>Ya se importó: nada ha cambiado.</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="53"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="53"/>
        <source>Commitment {ref}</source>
        <translation>Compromiso {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="71"/>
        <location filename="../../consult_app/ui/commitments.py" line="222"/>
        <source>Supersede {ref}</source>
        <translation>Sustituir {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="72"/>
        <source>{ref} will end as superseded, linked to the new commitment below; its history stays.</source>
        <translation>{ref} terminará sustituido por el nuevo compromiso de abajo, al que queda vinculado; su historial se conserva.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="77"/>
        <location filename="../../consult_app/ui/commitments.py" line="78"/>
        <source>Superseded on:</source>
        <translation>Sustituido el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="80"/>
        <source>For example: replaced by the text agreed at the 4th session</source>
        <translation>Por ejemplo: sustituido por el texto acordado en la 4.ª sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="81"/>
        <location filename="../../consult_app/ui/commitments.py" line="82"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="89"/>
        <location filename="../../consult_app/ui/commitments.py" line="97"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="92"/>
        <source>Pattern {pattern}; the next free one of {year} is {example}</source>
        <translation>Modelo {pattern}; la próxima referencia libre de {year} es {example}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="103"/>
        <source>Kind:</source>
        <translation>Naturaleza:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="109"/>
        <source>Text [{lang}]:</source>
        <translation>Texto [{lang}]:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="110"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="112"/>
        <source>Why the text changes (kept in its history)</source>
        <translation>Por qué cambia el texto (se conserva en su historial)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="114"/>
        <location filename="../../consult_app/ui/commitments.py" line="115"/>
        <source>Reason for a change of text:</source>
        <translation>Motivo de un cambio de texto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="122"/>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="125"/>
        <source>All parties jointly</source>
        <translation>Todas las partes conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="128"/>
        <location filename="../../consult_app/ui/commitments.py" line="129"/>
        <source>Responsible party:</source>
        <translation>Parte responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="131"/>
        <location filename="../../consult_app/ui/commitments.py" line="132"/>
        <source>Lead institution:</source>
        <translation>Institución responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="137"/>
        <location filename="../../consult_app/ui/commitments.py" line="142"/>
        <location filename="../../consult_app/ui/commitments.py" line="155"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="138"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="140"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} sesión ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="143"/>
        <source>Made at:</source>
        <translation>Adoptado en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="147"/>
        <location filename="../../consult_app/ui/commitments.py" line="149"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="147"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="156"/>
        <location filename="../../consult_app/ui/commitments.py" line="157"/>
        <source>Counterpart (quid pro quo):</source>
        <translation>Contrapartida (quid pro quo):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="161"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interno — solo nuestro, nunca se imprime para la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="191"/>
        <source>choose a party, or all parties jointly.</source>
        <translation>elija una parte, o todas las partes conjuntamente.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="228"/>
        <source>New commitment {ref}</source>
        <translation>Nuevo compromiso {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="239"/>
        <source>Edit commitment {ref}</source>
        <translation>Modificar el compromiso {ref}</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="34"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="35"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="355"/>
        <source>Delete {ref}</source>
        <translation>Eliminar {ref}</translation>
    </message>
</context>
<context>
    <name>CreatingCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="32"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="27"/>
        <source>Select a dialogue first.</source>
        <translation>Seleccione primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="49"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="63"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="69"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="75"/>
        <source>Parties and protocol names</source>
        <translation>Partes y nombres protocolarios</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="73"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="73"/>
        <source>As of {date}.</source>
        <translation>A {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="96"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="97"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="98"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="99"/>
        <source>Due this month</source>
        <translation>Vencen este mes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="100"/>
        <source>Actions overdue</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="114"/>
        <source>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</source>
        <translation>Este espacio de trabajo aún no tiene diálogos. Importe uno con Archivo › Importar JSON de intercambio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="116"/>
        <source>Commitments across dialogues</source>
        <translation>Los compromisos de todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="126"/>
        <source>no status yet</source>
        <translation>sin estado todavía</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="130"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="140"/>
        <source>overdue since {date} (status: {status})</source>
        <translation>vencido desde el {date} (estado: {status})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="143"/>
        <source>… and {n} more overdue: open the register</source>
        <translation>… y {n} más vencidos: abrir el registro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="149"/>
        <source>{status} since {date}</source>
        <translation>{status} desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="151"/>
        <source>… and {n} more at risk: open the register</source>
        <translation>… y {n} más en riesgo: abrir el registro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="154"/>
        <source>overdue since {date}</source>
        <translation>vencida desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="156"/>
        <source>… and {n} more actions overdue: open the follow-up</source>
        <translation>… y {n} acciones vencidas más: abrir el seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="160"/>
        <source>Nothing is overdue or at risk in any dialogue.</source>
        <translation>Nada está vencido ni en riesgo en ningún diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="167"/>
        <source>Action: {description}</source>
        <translation>Acción: {description}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="173"/>
        <source>Due this month ({month})</source>
        <translation>Vencimientos del mes ({month})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="180"/>
        <location filename="../../consult_app/ui/dashboard.py" line="182"/>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="185"/>
        <source>Nothing falls due this month.</source>
        <translation>Nada vence este mes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="192"/>
        <source>in {n} days</source>
        <translation>dentro de {n} días</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="194"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="196"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="198"/>
        <source>under way: day {n} of {total}</source>
        <translation>en curso: día {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="204"/>
        <source>Next sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="207"/>
        <source>No session is planned: Dialogue › New Session prepares the next one.</source>
        <translation>No hay ninguna sesión prevista: Diálogo › Nueva sesión prepara la próxima.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>{nth} session of {code}</source>
        <translation>{nth} sesión — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>{n} of 4 steps done</source>
        <translation>{n} de 4 pasos hechos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="220"/>
        <source>Agenda agreed</source>
        <translation>Orden del día acordado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="221"/>
        <source>Agenda not agreed yet (state: {state})</source>
        <translation>Orden del día aún no acordado (estado: {state})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="226"/>
        <source>Delegations confirmed ({n} of {total})</source>
        <translation>Delegaciones confirmadas ({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="227"/>
        <source>Delegations: {n} of {total} confirmed</source>
        <translation>Delegaciones: {n} de {total} confirmados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="229"/>
        <source>No delegation yet: copy it from the previous session</source>
        <translation>Aún no hay delegación: cópiela de la sesión anterior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="234"/>
        <source>Brief printed {when}</source>
        <translation>Nota ministerial impresa el {when}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="235"/>
        <source>Brief not printed yet</source>
        <translation>Nota ministerial aún no impresa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="237"/>
        <source>Minutes circulated</source>
        <translation>Acta enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="237"/>
        <source>Minutes not circulated yet</source>
        <translation>Acta aún no enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="240"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="240"/>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="177"/>
        <source>Accept with an edit</source>
        <translation>Aceptar con una modificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="182"/>
        <source>Proposed:</source>
        <translation>Propuesto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="180"/>
        <source>(delete the passage)</source>
        <translation>(suprimir el pasaje)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="183"/>
        <source>Accepted words:</source>
        <translation>Texto aceptado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="186"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Joint Minutes</source>
        <translation>Acta conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Progress Tracker</source>
        <translation>Cuadro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Ministerial Brief</source>
        <translation>Nota ministerial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="47"/>
        <source>All dialogues</source>
        <translation>Todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="50"/>
        <source>Dialogue:</source>
        <translation>Diálogo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="61"/>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="63"/>
        <location filename="../../consult_app/ui/documents.py" line="72"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="65"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="66"/>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="58"/>
        <source>Joint edition (for the other delegation)</source>
        <translation>Edición conjunta (para la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="59"/>
        <source>Internal edition (everything; not for the other delegation)</source>
        <translation>Edición interna (todo; no comunicar a la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="78"/>
        <source>the dialogue&apos;s own marking</source>
        <translation>la clasificación propia del diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="79"/>
        <source>Marking:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="82"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="106"/>
        <source>{nth} session — {date}</source>
        <translation>{nth} sesión — {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="116"/>
        <source>{a} and {b}, side by side</source>
        <translation>{a} y {b}, en paralelo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="126"/>
        <source>Not offered: documents are not printed in {languages}.</source>
        <translation>No disponible: los documentos no se imprimen en {languages}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="130"/>
        <source>Documents are not printed in {languages}: this dialogue&apos;s are printed in {fallback}.</source>
        <translation>Los documentos no se imprimen en {languages}: los de este diálogo se imprimen en {fallback}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="142"/>
        <source>Choose a session: this dialogue has none yet.</source>
        <translation>Elija una sesión: este diálogo aún no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="15"/>
        <source>Send changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="15"/>
        <source>Change packets (*.packet)</source>
        <translation>Paquetes de cambios (*.packet)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="26"/>
        <source>Wrote packet {seq} (1 change) to {path}.</source>
        <translation>Paquete {seq} (1 cambio) escrito en {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <source>Wrote packet {seq} ({n} changes) to {path}.</source>
        <translation>Paquete {seq} ({n} cambios) escrito en {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <location filename="../../consult_app/ui/commands/exchange.py" line="45"/>
        <source>Receive changes</source>
        <translation>Recibir cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Change packets (*.packet);;All files (*)</source>
        <translation>Paquetes de cambios (*.packet);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="48"/>
        <source>Changes from {name} imported.</source>
        <translation>Cambios de {name} importados.</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="216"/>
        <source>Exchange Partners</source>
        <translation>Socios de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="268"/>
        <source>Exchange partners</source>
        <translation>Socios de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="226"/>
        <source>Read the safety numbers to the person at the other end by telephone. A field copy: its Exchange Partners shows the same two numbers, this workspace&apos;s and its own; if they differ, do not exchange packets and make a new field copy. The other delegation&apos;s secretariat: compare the number in its row, the pair&apos;s, which both secretariats see alike; if it differs, do not exchange packets.</source>
        <translation>Lea los números de seguridad a su interlocutor por teléfono. Una copia de campo: sus Socios de intercambio muestran los mismos dos números, el de este espacio de trabajo y el suyo; si difieren, no intercambie paquetes y cree una nueva copia de campo. La secretaría de la otra delegación: compare el número de su fila, el del par, que ambas secretarías ven igual; si difiere, no intercambie paquetes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Packets sent / received</source>
        <translation>Paquetes enviados / recibidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>May change here</source>
        <translation>Puede modificar aquí</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="244"/>
        <source>Invite the Other Secretariat…</source>
        <translation>Invitar a la otra secretaría…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="245"/>
        <source>Accept Invitation or Reply…</source>
        <translation>Aceptar invitación o respuesta…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="251"/>
        <source>Rotate My Keys…</source>
        <translation>Renovar mis claves…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="254"/>
        <location filename="../../consult_app/ui/exchange.py" line="259"/>
        <source>Forget Partner…</source>
        <translation>Olvidar al socio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="275"/>
        <source>This workspace ({name}): safety number {number}</source>
        <translation>Este espacio de trabajo ({name}): número de seguridad {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>field copy</source>
        <translation>copia de campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>secretariat</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>other delegation&apos;s secretariat</source>
        <translation>secretaría de la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="281"/>
        <source>status, measurements and follow-up actions of its dialogue</source>
        <translation>estados, mediciones y acciones de seguimiento de su diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="282"/>
        <source>anything but history</source>
        <translation>todo salvo el historial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="283"/>
        <source>its own assessments, joint actions, proposals and comments, its sign-offs; versions while it holds the pen</source>
        <translation>sus propias evaluaciones, acciones conjuntas, propuestas y comentarios, sus aprobaciones; las versiones cuando lleva la pluma</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="286"/>
        <source>paired before packets were signed</source>
        <translation>asociado antes de que los paquetes se firmaran</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="288"/>
        <source>{kind} of {dialogue}</source>
        <translation>{kind} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="289"/>
        <source>no key: make a new field copy</source>
        <translation>sin clave: haga una nueva copia de campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="290"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="334"/>
        <source>Rotate My Keys</source>
        <translation>Renovar mis claves</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="336"/>
        <source>Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new safety number. Rotate again only after each partner has received a packet.</source>
        <translation>¿Crear claves nuevas para este espacio de trabajo? Los socios las conocen por el próximo paquete que envíe a cada uno; léales el nuevo número de seguridad. No vuelva a renovarlas hasta que cada socio haya recibido un paquete.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="345"/>
        <source>Choose the partner to forget in the list.</source>
        <translation>Elija en la lista el socio que desea olvidar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="349"/>
        <source>Forget Partner</source>
        <translation>Olvidar al socio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="351"/>
        <source>Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); to exchange with it again, make a new field copy.</source>
        <translation>¿Olvidar a {name}? Sus paquetes se rechazarán a partir de ahora (para una copia de campo perdida o retirada); para volver a intercambiar con él, haga una nueva copia de campo.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="20"/>
        <location filename="../../consult_app/ui/commands/files.py" line="50"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espacios de trabajo de Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="26"/>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="29"/>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="29"/>
        <source>Consult workspaces (*.consult);;All files (*)</source>
        <translation>Espacios de trabajo de Consult (*.consult);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="35"/>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="50"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="58"/>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="60"/>
        <source>Copy saved to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="82"/>
        <source>Encrypting {name}</source>
        <translation>Cifrando {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="92"/>
        <source>Passphrase not remembered</source>
        <translation>Frase de contraseña no recordada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="95"/>
        <source>Cannot encrypt</source>
        <translation>No se puede cifrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="119"/>
        <source>Import interchange JSON</source>
        <translation>Importar JSON de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="119"/>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON de intercambio (*.json)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="127"/>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="133"/>
        <location filename="../../consult_app/ui/commands/files.py" line="137"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="135"/>
        <source>Imported {codes}.</source>
        <translation>{codes} importado(s).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <source>Export interchange JSON</source>
        <translation>Exportar JSON de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="147"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="149"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="150"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="156"/>
        <location filename="../../consult_app/ui/commands/files.py" line="171"/>
        <location filename="../../consult_app/ui/commands/files.py" line="199"/>
        <location filename="../../consult_app/ui/commands/files.py" line="213"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="171"/>
        <location filename="../../consult_app/ui/commands/files.py" line="199"/>
        <source>Select a session first: a Word export is the draft minutes of one session.</source>
        <translation>Seleccione primero una sesión: una exportación a Word es el borrador del acta de una sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="178"/>
        <source>The language the draft minutes are written in, with their labels:</source>
        <translation>El idioma en que se redacta el borrador de acta, con sus rótulos:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Draft Minutes for Word</source>
        <translation>Borrador de acta para Word</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="215"/>
        <source>Exporting to {name}</source>
        <translation>Exportando a {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="216"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="216"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="31"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="45"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="28"/>
        <source>Consult partner files (*.consult-partner);;All files (*)</source>
        <translation>Archivos de socio de Consult (*.consult-partner);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="360"/>
        <source>Chart of the indicator</source>
        <translation>Gráfico del indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="379"/>
        <source>Select an indicator above to see its baseline, measurements and target.</source>
        <translation>Seleccione un indicador arriba para ver su línea de base, sus mediciones y su meta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="387"/>
        <source>No measurements yet.</source>
        <translation>Aún no hay mediciones.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="400"/>
        <source>target {value}</source>
        <translation>meta {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="488"/>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="488"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="508"/>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="511"/>
        <location filename="../../consult_app/ui/followup.py" line="512"/>
        <source>Commitment:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="521"/>
        <source>Name [{lang}]:</source>
        <translation>Nombre [{lang}]:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="522"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="538"/>
        <source>Up is good — the figure should rise</source>
        <translation>Subir es bueno — la cifra debe aumentar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="539"/>
        <source>Down is good — the figure should fall</source>
        <translation>Bajar es bueno — la cifra debe disminuir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="548"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="549"/>
        <source>Baseline:</source>
        <translation>Línea de base:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="550"/>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="551"/>
        <source>Target:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="552"/>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>Target date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="553"/>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="576"/>
        <source>choose the commitment the figure measures.</source>
        <translation>elija el compromiso que mide la cifra.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="608"/>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="620"/>
        <source>Edit indicator</source>
        <translation>Modificar el indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="653"/>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="662"/>
        <source>New Indicator…</source>
        <translation>Nuevo indicador…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="663"/>
        <source>Edit Indicator…</source>
        <translation>Modificar el indicador…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="664"/>
        <source>Add Measurement…</source>
        <translation>Añadir medición…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="693"/>
        <source>No indicator yet: New Indicator… ties a figure (baseline, target, which way is good) to a commitment.</source>
        <translation>Aún no hay indicadores: «Nuevo indicador…» asocia una cifra (línea de base, meta, sentido deseado) a un compromiso.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="694"/>
        <source>No measurement yet: Add Measurement… records one, with its source.</source>
        <translation>Todavía no hay mediciones: «Añadir medición…» registra una, con su fuente.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="707"/>
        <source>↑ up is good</source>
        <translation>↑ subir es bueno</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="707"/>
        <source>↓ down is good</source>
        <translation>↓ bajar es bueno</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="746"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="746"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="640"/>
        <location filename="../../consult_app/ui/followup.py" line="776"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="96"/>
        <source>Invite the Other Secretariat</source>
        <translation>Invitar a la otra secretaría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="98"/>
        <source>The invitation holds the dialogue&apos;s joint view (nothing internal) and this workspace&apos;s public keys. Send it to the other delegation&apos;s secretariat; it accepts it in Consult and sends back a reply, which you accept here.</source>
        <translation>La invitación contiene la vista conjunta del diálogo (nada interno) y las claves públicas de este espacio de trabajo. Envíela a la secretaría de la otra delegación; esta la acepta en Consult y devuelve una respuesta, que usted acepta aquí.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="105"/>
        <source>for example Secrétariat malien</source>
        <translation>por ejemplo Secrétariat malien</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Dialogue:</source>
        <translation>Diálogo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Call the other secretariat:</source>
        <translation>Nombre de la otra secretaría:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Write the invitation to:</source>
        <translation>Escribir la invitación en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="108"/>
        <source>Write Invitation</source>
        <translation>Escribir la invitación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="112"/>
        <source>Every dialogue of this workspace is paired already, or has one party only.</source>
        <translation>Cada diálogo de este espacio de trabajo ya está emparejado o tiene una sola parte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="115"/>
        <source>Say where to write the invitation.</source>
        <translation>Indique dónde escribir la invitación.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="63"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="67"/>
        <source>Joint — agreed: the title, kind and timing stay as agreed</source>
        <translation>Conjunto — aprobado: el título, la naturaleza y el horario quedan como se aprobaron</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="82"/>
        <source>Joint — shared with the counterpart</source>
        <translation>Conjunto — compartido con la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="97"/>
        <source>Title [{lang}]:</source>
        <translation>Título [{lang}]:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="98"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="104"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="105"/>
        <location filename="../../consult_app/ui/agenda.py" line="107"/>
        <location filename="../../consult_app/ui/agenda.py" line="110"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="106"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="108"/>
        <source>Lead party:</source>
        <translation>Parte responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="112"/>
        <source>Presenter:</source>
        <translation>Ponente:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="120"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="122"/>
        <location filename="../../consult_app/ui/agenda.py" line="123"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="125"/>
        <source>Day starts at:</source>
        <translation>La jornada empieza a las:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="137"/>
        <source>(a commitment no longer in the register)</source>
        <translation>(un compromiso que ya no está en el registro)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="88"/>
        <source>Reviews:</source>
        <translation>Examina:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="142"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interno — solo nuestro, nunca se imprime para la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="150"/>
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="151"/>
        <source>Background:</source>
        <translation>Antecedentes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="152"/>
        <source>Lines to take:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="153"/>
        <source>They will ask:</source>
        <translation>Peticiones previstas:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="154"/>
        <source>Red lines:</source>
        <translation>Líneas rojas:</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="15"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="16"/>
        <source>Agenda agreed</source>
        <translation>Orden del día acordado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="17"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="18"/>
        <source>Minutes agreed</source>
        <translation>Acta aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="21"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="22"/>
        <source>Circulated to the counterpart</source>
        <translation>Enviada a la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="23"/>
        <source>Agreed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="26"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="28"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="29"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="30"/>
        <source>Review of commitments</source>
        <translation>Revisión de los compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="31"/>
        <source>Any other business</source>
        <translation>Asuntos varios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="32"/>
        <source>Closing</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="33"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="34"/>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="35"/>
        <source>Day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="40"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="44"/>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="44"/>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="47"/>
        <source>dialogue</source>
        <translation>diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="48"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="49"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="50"/>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="51"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="52"/>
        <source>status note</source>
        <translation>nota de estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="53"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="54"/>
        <source>follow-up action</source>
        <translation>acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="58"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="59"/>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="60"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="61"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="62"/>
        <source>Completed</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="63"/>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="64"/>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="65"/>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="66"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="71"/>
        <source>Ministerial</source>
        <translation>Ministerial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="72"/>
        <source>Senior officials</source>
        <translation>Altos funcionarios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="73"/>
        <source>Technical working group</source>
        <translation>Grupo de trabajo técnico</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="76"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="80"/>
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="80"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="230"/>
        <source>Day {n} — {date}</source>
        <translation>Día {n} — {date}</translation>
    </message>
</context>
<context>
    <name>LogStatusDialog</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="277"/>
        <source>Log status — {ref}</source>
        <translation>Registrar estado — {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="297"/>
        <source>Share the note and evidence with the other delegation</source>
        <translation>Compartir la nota y la prueba con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="302"/>
        <source>This commitment is internal: nothing about it is shared.</source>
        <translation>Este compromiso es interno: no se comparte nada sobre él.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="303"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="304"/>
        <location filename="../../consult_app/ui/register.py" line="305"/>
        <source>Effective date:</source>
        <translation>Fecha efectiva:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="306"/>
        <location filename="../../consult_app/ui/register.py" line="307"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="308"/>
        <location filename="../../consult_app/ui/register.py" line="309"/>
        <source>Evidence:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="313"/>
        <source>Log status</source>
        <translation>Registrar estado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="85"/>
        <location filename="../../consult_app/ui/main_window.py" line="88"/>
        <source>Dialogues and sessions</source>
        <translation>Diálogos y sesiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="94"/>
        <location filename="../../consult_app/ui/main_window.py" line="101"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="100"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="126"/>
        <source>Consult — {name}</source>
        <translation>Consult — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="127"/>
        <location filename="../../consult_app/ui/main_window.py" line="145"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="128"/>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="128"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Proteger con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="146"/>
        <source>Damaged workspace</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="294"/>
        <source>{nth} session — {dates}, {venue}</source>
        <translation>{nth} sesión — {dates}, {venue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="279"/>
        <source>&lt;p&gt;This workspace has no dialogues yet. Import one with File › Import Interchange JSON.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este espacio de trabajo aún no tiene diálogos. Importe uno con Archivo › Importar JSON de intercambio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="418"/>
        <source>Add measurement</source>
        <translation>Añadir medición</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="430"/>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="438"/>
        <source>Share the value and its source with the other delegation</source>
        <translation>Compartir el valor y su fuente con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="441"/>
        <location filename="../../consult_app/ui/followup.py" line="442"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="446"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="459"/>
        <source>Value ({unit}):</source>
        <translation>Valor ({unit}):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="447"/>
        <location filename="../../consult_app/ui/followup.py" line="448"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="89"/>
        <source>Add delegate</source>
        <translation>Añadir delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="106"/>
        <source>Head of delegation (co-chair)</source>
        <translation>Jefe de delegación (copresidente)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="108"/>
        <source>Attendance confirmed</source>
        <translation>Asistencia confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="112"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="113"/>
        <source>Function:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="114"/>
        <source>Organisation:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="115"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="116"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="48"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="49"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="50"/>
        <source>&amp;Dialogue</source>
        <translation>&amp;Diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="51"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocumentos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="52"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>&amp;About Consult</source>
        <translation>&amp;Acerca de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="60"/>
        <source>&amp;Next View</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="61"/>
        <source>&amp;Previous View</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="66"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Zona siguiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="67"/>
        <source>Previous P&amp;ane</source>
        <translation>Z&amp;ona anterior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="71"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="72"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="74"/>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="75"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Proteger con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="77"/>
        <source>Send C&amp;hanges…</source>
        <translation>Enviar &amp;cambios…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="78"/>
        <source>Recei&amp;ve Changes…</source>
        <translation>Reci&amp;bir cambios…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="79"/>
        <source>Exchange &amp;Partners…</source>
        <translation>Socios de in&amp;tercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="81"/>
        <source>&amp;Import Interchange JSON…</source>
        <translation>&amp;Importar JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="82"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="88"/>
        <source>Interchange &amp;JSON…</source>
        <translation>&amp;JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="89"/>
        <source>Register as &amp;CSV…</source>
        <translation>Registro en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="90"/>
        <source>&amp;Actions as CSV…</source>
        <translation>&amp;Acciones en CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="91"/>
        <source>E&amp;xcel Workbook…</source>
        <translation>Libro de E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="92"/>
        <source>Draft Minutes for &amp;Word…</source>
        <translation>Borrador de acta para &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="93"/>
        <source>Ca&amp;lendar (iCalendar)…</source>
        <translation>Ca&amp;lendario (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="96"/>
        <source>I&amp;nternal Edition (Not for the Other Delegation)</source>
        <translation>Edición i&amp;nterna (no comunicar a la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="101"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="103"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="108"/>
        <source>&amp;Search Workspace…</source>
        <translation>&amp;Buscar en el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="112"/>
        <source>New &amp;Dialogue…</source>
        <translation>Nuevo &amp;diálogo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="114"/>
        <source>New &amp;Session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="115"/>
        <source>New &amp;Commitment…</source>
        <translation>Nuevo &amp;compromiso…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="117"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Registrar estado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="118"/>
        <source>&amp;Parties and Protocol Names…</source>
        <translation>&amp;Partes y nombres protocolarios…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="120"/>
        <source>&amp;Missing Translations…</source>
        <translation>&amp;Traducciones que faltan…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="125"/>
        <source>Joint &amp;Minutes…</source>
        <translation>&amp;Acta conjunta…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="126"/>
        <source>Progress &amp;Tracker…</source>
        <translation>&amp;Cuadro de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="127"/>
        <source>Ministerial &amp;Brief…</source>
        <translation>&amp;Nota ministerial…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="133"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="134"/>
        <source>&amp;People Directory…</source>
        <translation>&amp;Directorio de personas…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="136"/>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Verificar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="137"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="138"/>
        <source>Take a &amp;Snapshot Now</source>
        <translation>Tomar una &amp;instantánea ahora</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="140"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="141"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="131"/>
        <location filename="../../consult_app/ui/minutes.py" line="155"/>
        <source>Amend…</source>
        <translation>Enmendar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="134"/>
        <location filename="../../consult_app/ui/minutes.py" line="157"/>
        <source>Add Follow-up Action…</source>
        <translation>Añadir una acción de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="141"/>
        <source>An action recorded in the minutes is joint: shared with the other delegation.</source>
        <translation>Una acción consignada en el acta es conjunta: compartida con la otra delegación.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="164"/>
        <location filename="../../consult_app/ui/minutes.py" line="275"/>
        <source>Joint record — shared with the counterpart</source>
        <translation>Registro conjunto — compartido con la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="166"/>
        <location filename="../../consult_app/ui/minutes.py" line="168"/>
        <source>Our notes — internal</source>
        <translation>Nuestras notas — internas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="179"/>
        <source>Sign Off Amendment…</source>
        <translation>Aprobar la enmienda…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="230"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="182"/>
        <location filename="../../consult_app/ui/minutes.py" line="231"/>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="144"/>
        <source>These minutes are agreed: they keep the follow-up actions as agreed; an action added or changed now is followed up, not printed in them.</source>
        <translation>Esta acta está aprobada: conserva las acciones de seguimiento tal como se aprobaron; una acción añadida o modificada ahora se sigue, pero no figura en ella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="152"/>
        <source>Agenda items of the minutes</source>
        <translation>Puntos del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="209"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Acta:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="228"/>
        <source>Proposals and amendments</source>
        <translation>Propuestas y enmiendas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="269"/>
        <source>Joint record — agreed, read-only: use Amend… to change it</source>
        <translation>Registro conjunto — aprobado, solo lectura: use Enmendar… para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="272"/>
        <source>Joint record — circulated by {party}, who holds the pen: propose changes below</source>
        <translation>Texto conjunto — enviado por {party}, que lleva la pluma: proponga los cambios abajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="282"/>
        <source>minutes written</source>
        <translation>acta redactada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="298"/>
        <source>This session has no agenda yet: add items in the Agenda view, then write their minutes here.</source>
        <translation>Esta sesión aún no tiene orden del día: añada puntos en la vista Orden del día y redacte aquí su acta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="306"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="306"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="339"/>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="339"/>
        <source>awaiting sign-off</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="340"/>
        <source>by {author}</source>
        <translation>por {author}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="349"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enmiendas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="351"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;: none. Once the minutes are agreed, they change only by an amendment (Amend…).</source>
        <translation>&lt;b&gt;Enmiendas&lt;/b&gt;: ninguna. Una vez aprobada, el acta solo cambia mediante una enmienda (Enmendar…).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="357"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="391"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="417"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
</context>
<context>
    <name>NavigationCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="37"/>
        <source>Select a session first: the Session, Agenda and Minutes views show one session.</source>
        <translation>Seleccione primero una sesión: las vistas Sesión, Orden del día y Acta muestran una sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="114"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="114"/>
        <source>This is no longer in the workspace.</source>
        <translation>Esto ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="162"/>
        <location filename="../../consult_app/ui/commands/navigation.py" line="187"/>
        <source>Missing translations</source>
        <translation>Traducciones que faltan</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="162"/>
        <source>Select a dialogue first.</source>
        <translation>Seleccione primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>Missing translations — {code}</source>
        <translation>Traducciones que faltan — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Dialogue name</source>
        <translation>Nombre del diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="172"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="173"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="174"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="175"/>
        <source>conclusions</source>
        <translation>conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="176"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="180"/>
        <source>1 joint text lacks a working language.</source>
        <translation>1 texto conjunto sin uno de los idiomas de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="180"/>
        <source>{n} joint texts lack a working language.</source>
        <translation>{n} textos conjuntos sin uno de los idiomas de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="182"/>
        <source>Every joint text is in every working language.</source>
        <translation>Cada texto conjunto está en cada idioma de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="190"/>
        <source>{kind} {label} — {field}: missing in [{lang}]</source>
        <translation>{kind} {label} — {field}: falta en [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="197"/>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="424"/>
        <source>New dialogue</source>
        <translation>Nuevo diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="432"/>
        <source>One party a line, code then name; ours first:
FR France
ML Mali</source>
        <translation>Una parte por línea, código y nombre; la nuestra primero:
MX México
US Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="435"/>
        <source>Standing themes, one a line, code then title:
FLUX Co-management of migration flows</source>
        <translation>Temas permanentes, uno por línea, código y título:
FLUJOS Cogestión de los flujos migratorios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="439"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Working languages:</source>
        <translation>Idiomas de trabajo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Name (first language):</source>
        <translation>Nombre (primer idioma):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="442"/>
        <source>Parties:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="443"/>
        <source>Standing themes:</source>
        <translation>Temas permanentes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="444"/>
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="464"/>
        <source>use language codes separated by commas, for example fr, en.</source>
        <translation>indique códigos de idioma separados por comas, por ejemplo es, en.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="407"/>
        <source>New session — {nth}</source>
        <translation>Nueva sesión — {nth}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="23"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="32"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="33"/>
        <source>Dismiss the notices</source>
        <translation>Ocultar los avisos</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="33"/>
        <source> (home)</source>
        <translation> (nosotros)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="35"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="36"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="37"/>
        <source>Cadence</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="38"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="39"/>
        <source>Founding instrument</source>
        <translation>Instrumento fundacional</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="40"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="41"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Co-chairs</source>
        <translation>Copresidentes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="49"/>
        <source>Standing themes</source>
        <translation>Temas permanentes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="49"/>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="82"/>
        <source>{nth} session of the {name}</source>
        <translation>{nth} sesión — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="83"/>
        <source>host: {name}</source>
        <translation>anfitrión: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="84"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>Estado: {state} · acta: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="87"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="102"/>
        <source>attendance to confirm</source>
        <translation>asistencia por confirmar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="116"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
</context>
<context>
    <name>Pairing</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="175"/>
        <source>Invitation for {name} written to {path}: the safety number of this workspace is {number}.</source>
        <translation>Invitación para {name} escrita en {path}: el número de seguridad de este espacio de trabajo es {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="179"/>
        <source>Paired with {name} on {code}: {workspace} is open, with the joint record. Send {path} back to {name}. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Emparejado con {name} para {code}: {workspace} está abierto, con el expediente conjunto. Devuelva {path} a {name}. Huella del par, para comparar por teléfono: {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="185"/>
        <source>Paired with {name} on {code}. Send {path} back to {name}. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Emparejado con {name} para {code}. Devuelva {path} a {name}. Huella del par, para comparar por teléfono: {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="188"/>
        <source>Paired with {name} on {code}: packets between you carry joint content only. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Emparejado con {name} para {code}: los paquetes entre ustedes solo llevan contenido conjunto. Huella del par, para comparar por teléfono: {number}.</translation>
    </message>
</context>
<context>
    <name>PartyNamesDialog</name>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="32"/>
        <source>Parties and protocol names of {code}</source>
        <translation>Partes y nombres protocolarios de {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="36"/>
        <source>Short name:</source>
        <translation>Nombre corto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="37"/>
        <source>Article:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="38"/>
        <source>Formal name:</source>
        <translation>Nombre oficial:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="39"/>
        <source>Article of the formal name:</source>
        <translation>Artículo del nombre oficial:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="40"/>
        <source>Adjective of the delegation:</source>
        <translation>Adjetivo de la delegación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="43"/>
        <source>How the documents name each party. A language whose forms are all empty prints the plain name.</source>
        <translation>Cómo nombran los documentos a cada parte. Un idioma cuyas formas están todas vacías imprime el nombre usual.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="50"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="54"/>
        <source>Plain name:</source>
        <translation>Nombre usual:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="70"/>
        <source>The minutes print:</source>
        <translation>El acta imprime:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="161"/>
        <source>Protocol names of {parties}</source>
        <translation>Nombres protocolarios de {parties}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="177"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="178"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="181"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="184"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="189"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>Save document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="201"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="203"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="217"/>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="217"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="121"/>
        <source>People directory</source>
        <translation>Directorio de personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="123"/>
        <source>Find by name, party, function or organisation — accents and case do not matter</source>
        <translation>Buscar por nombre, parte, cargo u organismo — sin importar acentos ni mayúsculas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="125"/>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="129"/>
        <source>People of every party</source>
        <translation>Las personas de todas las partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>E-mail (internal)</source>
        <translation>Correo (interno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Phone (internal)</source>
        <translation>Teléfono (interno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="143"/>
        <source>Add Person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="144"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="145"/>
        <source>Remove from Directory</source>
        <translation>Quitar del directorio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="150"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="195"/>
        <source>No one yet: Add Person… puts someone of either party in the directory.</source>
        <translation>Nadie todavía: Añadir persona… inscribe a alguien de cualquiera de las partes en el directorio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="213"/>
        <source>{n} of {total} people</source>
        <translation>{n} de {total} personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="244"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="253"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="265"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="61"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="61"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="68"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="69"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="70"/>
        <source>Function:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="71"/>
        <source>Organisation:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="74"/>
        <source>Contact details — internal, never printed for the other delegation</source>
        <translation>Datos de contacto — internos, nunca impresos para la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="79"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="277"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="287"/>
        <source>as it should appear as the author of a status</source>
        <translation>tal como debe aparecer como autor de un estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="292"/>
        <source>Who uses Consult on this computer: the author of the statuses you record, and whose actions the Follow-up view shows under &quot;Mine&quot;.</source>
        <translation>Quién usa Consult en este ordenador: el autor de los estados que registra, y la persona cuyas acciones muestra la vista Seguimiento en «Mías».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="297"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="298"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="299"/>
        <source>Function:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="334"/>
        <source>Cannot save your preferences: {reason}.</source>
        <translation>No se pueden guardar sus preferencias: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="256"/>
        <source>Proposals on the minutes</source>
        <translation>Propuestas sobre el acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="263"/>
        <source>Propose…</source>
        <translation>Proponer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="264"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="265"/>
        <source>Accept with Edit…</source>
        <translation>Aceptar con modificación…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="266"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="267"/>
        <source>Circulate Next Version</source>
        <translation>Enviar la versión siguiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="268"/>
        <source>Sign Off…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="287"/>
        <source>Compare version</source>
        <translation>Comparar la versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="290"/>
        <source>Compare from version</source>
        <translation>Comparar desde la versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="293"/>
        <source>Compare to version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="295"/>
        <source>with version</source>
        <translation>con la versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="303"/>
        <source>Changes between the two versions</source>
        <translation>Cambios entre las dos versiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="330"/>
        <source>Circulated before Consult kept versions: circulate them to freeze version 1, with its hash, before proposals and sign-offs.</source>
        <translation>Enviada antes de que Consult conservara versiones: envíela para fijar la versión 1, con su huella, antes de propuestas y aprobaciones.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="332"/>
        <source>Agreed before Consult kept versions: the record held here is the agreed text; any change goes through Amend…</source>
        <translation>Aprobada antes de que Consult conservara versiones: el texto registrado es el acta aprobada; todo cambio pasa por Enmendar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="366"/>
        <source>«{passage}» → «{text}»</source>
        <translation>«{passage}» → «{text}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="367"/>
        <source>after «{passage}»: «{text}»</source>
        <translation>después de «{passage}»: «{text}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="368"/>
        <source>delete «{passage}»</source>
        <translation>suprimir «{passage}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="369"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>accepted as: «{text}»</source>
        <translation>aceptada así: «{text}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="334"/>
        <source>Not circulated yet: circulating freezes the joint texts as version 1, with their hash.</source>
        <translation>Aún no enviada: el envío fija los textos conjuntos como versión 1, con su huella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="336"/>
        <source>Agreed: version {n}, SHA-256 {hash}; signed off by {names}.</source>
        <translation>Aprobada: versión {n}, SHA-256 {hash}; aprobada por {names}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="338"/>
        <source>Version {n} circulated by {party}, SHA-256 {hash}.</source>
        <translation>Versión {n} enviada por {party}, SHA-256 {hash}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="342"/>
        <source>Signed off so far by {names}.</source>
        <translation>Aprobada hasta ahora por {names}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="392"/>
        <source>Two circulated versions are compared here.</source>
        <translation>Aquí se comparan dos versiones enviadas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="401"/>
        <source>No text differs between the two versions.</source>
        <translation>Ningún texto difiere entre las dos versiones.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="408"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="408"/>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="412"/>
        <source>Deleted:</source>
        <translation>Suprimido:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="412"/>
        <source>Inserted:</source>
        <translation>Insertado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="450"/>
        <location filename="../../consult_app/ui/negotiation.py" line="469"/>
        <source>Choose a proposal in the list first.</source>
        <translation>Elija primero una propuesta en la lista.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="459"/>
        <source>Proposals are made on circulated minutes.</source>
        <translation>Las propuestas se hacen sobre un acta enviada.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="75"/>
        <source>Propose a change</source>
        <translation>Proponer un cambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="42"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="43"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="44"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Replace a passage</source>
        <translation>Sustituir un pasaje</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Insert after a passage</source>
        <translation>Insertar después de un pasaje</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Delete a passage</source>
        <translation>Suprimir un pasaje</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="83"/>
        <source>Comment only</source>
        <translation>Solo un comentario</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="93"/>
        <source>Item:</source>
        <translation>Punto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="94"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="95"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="96"/>
        <source>As circulated:</source>
        <translation>Tal como se envió:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="97"/>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="98"/>
        <source>Passage:</source>
        <translation>Pasaje:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="99"/>
        <source>New words:</source>
        <translation>Texto nuevo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="100"/>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="101"/>
        <source>For:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="109"/>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="114"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="83"/>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="83"/>
        <source>Protect with a Passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="86"/>
        <source>{name} and its snapshots will be encrypted with this passphrase; Consult asks for it each time it opens the file.</source>
        <translation>{name} y sus instantáneas se cifrarán con esta frase de contraseña; Consult la pedirá cada vez que abra el archivo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="90"/>
        <source>New passphrase (at least 8 characters; several words are best):</source>
        <translation>Nueva frase de contraseña (al menos 8 caracteres; mejor varias palabras):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="93"/>
        <source>The same again:</source>
        <translation>Otra vez la misma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="96"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="100"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="105"/>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
</context>
<context>
    <name>ReaffirmDialog</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="324"/>
        <source>Reaffirm {ref}</source>
        <translation>Reafirmar {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="331"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} sesión ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="334"/>
        <source>(no later session yet: create it first)</source>
        <translation>(aún no hay sesión posterior: créela primero)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="335"/>
        <source>Reaffirmed at:</source>
        <translation>Reafirmado en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="336"/>
        <source>Reaffirm</source>
        <translation>Reafirmar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="343"/>
        <source>there is no later session of this dialogue yet.</source>
        <translation>este diálogo aún no tiene una sesión posterior.</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="103"/>
        <source>Receive Changes — {name}</source>
        <translation>Recibir cambios — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="112"/>
        <source>Changes in the packet</source>
        <translation>Cambios del paquete</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="114"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="120"/>
        <source>Conflicts to decide</source>
        <translation>Conflictos por decidir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Ours</source>
        <translation>La nuestra</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="128"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="147"/>
        <source>This packet changes nothing: it only tells which of our packets arrived there.</source>
        <translation>Este paquete no cambia nada: solo indica cuáles de nuestros paquetes llegaron.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="158"/>
        <source>Keep ours</source>
        <translation>Mantener la nuestra</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="160"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="161"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="204"/>
        <source>Some conflicts are still undecided; nothing was written.</source>
        <translation>Quedan conflictos sin decidir; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="56"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="57"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="58"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="59"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="60"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="61"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="63"/>
        <source>Counterpart</source>
        <translation>Contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="124"/>
        <source>Withdrawn on {date}</source>
        <translation>Retirado el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="124"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="128"/>
        <source>Superseded by {ref} on {date}</source>
        <translation>Sustituido por {ref} el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="129"/>
        <source>Superseded on {date}</source>
        <translation>Sustituido el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="140"/>
        <source>{status} — but overdue since {date}</source>
        <translation>{status} — pero vencido desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="141"/>
        <source>{status} — overdue since {date}</source>
        <translation>{status} — vencido desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="152"/>
        <source>Jointly</source>
        <translation>Conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="171"/>
        <source>[decision] </source>
        <translation>[decisión] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="173"/>
        <source>[internal] </source>
        <translation>[interno] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="187"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="413"/>
        <source>Search the register (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="427"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="452"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Registrar estado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="382"/>
        <location filename="../../consult_app/ui/register.py" line="497"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="414"/>
        <source>Search the register</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="437"/>
        <source>&amp;Party</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="438"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="439"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="440"/>
        <source>&amp;Made at</source>
        <translation>&amp;Adoptado en</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="351"/>
        <source>Commitment details</source>
        <translation>Detalle del compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="451"/>
        <source>&amp;Edit Commitment…</source>
        <translation>&amp;Editar el compromiso…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="453"/>
        <source>&amp;Reaffirm…</source>
        <translation>&amp;Reafirmar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="454"/>
        <source>&amp;Supersede…</source>
        <translation>&amp;Sustituir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="455"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="456"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="457"/>
        <source>Add &amp;Indicator…</source>
        <translation>Añadir &amp;indicador…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="458"/>
        <source>Add &amp;Measurement…</source>
        <translation>Añadir &amp;medición…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="459"/>
        <source>&amp;Copy Reference</source>
        <translation>&amp;Copiar la referencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="515"/>
        <source>Jointly</source>
        <translation>Conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="521"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="531"/>
        <source>No commitment yet: Dialogue › New Commitment… (Ctrl+Alt+C) records one.</source>
        <translation>Todavía no hay compromisos: Diálogo › Nuevo compromiso… (Ctrl+Alt+C) registra uno.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="533"/>
        <source>Select a dialogue on the left to see its commitments.</source>
        <translation>Seleccione un diálogo a la izquierda para ver sus compromisos.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="546"/>
        <source>As of {date}: {shown} of {total} commitments shown, {overdue} overdue. Statuses count the events dated up to that day.</source>
        <translation>Al {date}: {shown} de {total} compromisos mostrados, {overdue} vencidos. Los estados cuentan los hechos fechados hasta ese día.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="552"/>
        <source>Select a commitment to see its texts, lineage, indicators and status history. Enter edits it; Ctrl+L logs its status.</source>
        <translation>Seleccione un compromiso para ver sus textos, su filiación, sus indicadores y el historial de sus estados. Intro lo edita; Ctrl+L registra su estado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="699"/>
        <source>Decision of the session</source>
        <translation>Decisión de la sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="702"/>
        <source>Internal: never printed for the counterpart.</source>
        <translation>Interno: nunca se imprime para la contraparte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="707"/>
        <source>Superseded by {ref} on {date}: {reason}</source>
        <translation>Sustituido por {ref} el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="709"/>
        <source>Superseded on {date}: {reason}</source>
        <translation>Sustituido el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="711"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Retirado el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="716"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="726"/>
        <source>made at the {nth} session</source>
        <translation>adoptado en la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="729"/>
        <source>reaffirmed at the {nth}</source>
        <translation>reafirmado en la {nth}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="730"/>
        <source>supersedes</source>
        <translation>sustituye a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="730"/>
        <source>counterpart</source>
        <translation>contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="737"/>
        <source>superseded by {ref}</source>
        <translation>sustituido por {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="738"/>
        <source>Lineage</source>
        <translation>Filiación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="747"/>
        <source>up is good</source>
        <translation>subir es bueno</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="747"/>
        <source>down is good</source>
        <translation>bajar es bueno</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="760"/>
        <source>Changes of the text</source>
        <translation>Cambios del texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="760"/>
        <source>was:</source>
        <translation>antes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="774"/>
        <source>Status timeline</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="778"/>
        <source>No status logged yet: Ctrl+L logs the first one (it is appended, never overwritten).</source>
        <translation>Todavía no se ha registrado ningún estado: Ctrl+L registra el primero (se añade, nunca se sobrescribe).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="781"/>
        <source>note shared with the other delegation</source>
        <translation>nota compartida con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="781"/>
        <source>note internal</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="782"/>
        <source>dated after today: not counted yet</source>
        <translation>fechado después de hoy: aún no se cuenta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="790"/>
        <source>assessed by {party}</source>
        <translation>evaluado por {party}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../consult_app/ui/search.py" line="25"/>
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="28"/>
        <source>Words to find — accents and case do not matter</source>
        <translation>Palabras que buscar — sin importar tildes ni mayúsculas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="29"/>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="33"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="34"/>
        <location filename="../../consult_app/ui/search.py" line="73"/>
        <source>Type a few letters of any word: a reference, a name, a title. Every word must match, as a prefix.</source>
        <translation>Escriba unas letras de cualquier palabra: una referencia, un nombre, un título. Cada palabra debe coincidir con el comienzo de una palabra.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="35"/>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="77"/>
        <source>{code}, {nth} session</source>
        <translation>{code}, {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="70"/>
        <source>Nothing matches “{words}”. Try fewer or shorter words: each must begin a word of the text.</source>
        <translation>Nada coincide con «{words}». Pruebe con menos palabras o más cortas: cada una debe empezar una palabra del texto.</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="45"/>
        <source>Send Changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="50"/>
        <source>{name} (sent so far: {n})</source>
        <translation>{name} (enviados hasta ahora: {n})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="51"/>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="52"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="55"/>
        <source>Write Packet</source>
        <translation>Escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="58"/>
        <source>This workspace has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>Este espacio de trabajo aún no tiene socio de intercambio: haga primero una copia de campo (consult-app field-copy).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="71"/>
        <source>Nothing was written: there is nothing new to send.</source>
        <translation>No se escribió nada: no hay nada nuevo que enviar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="83"/>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="85"/>
        <source>Nothing has changed here since the last packet to {partner}. Send an empty packet anyway? It only tells them which of their packets arrived here.</source>
        <translation>Nada ha cambiado aquí desde el último paquete enviado a {partner}. ¿Enviar de todos modos un paquete vacío? Solo indica cuáles de sus paquetes llegaron aquí.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="33"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="33"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="40"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="42"/>
        <location filename="../../consult_app/ui/session.py" line="43"/>
        <source>Starts on:</source>
        <translation>Empieza el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="44"/>
        <location filename="../../consult_app/ui/session.py" line="45"/>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="46"/>
        <source>First item at:</source>
        <translation>Primer punto a las:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="47"/>
        <location filename="../../consult_app/ui/session.py" line="48"/>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="49"/>
        <source>Host:</source>
        <translation>Anfitrión:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="51"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="164"/>
        <source>Edit Session…</source>
        <translation>Editar la sesión…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="165"/>
        <source>Add Delegate…</source>
        <translation>Añadir delegado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="166"/>
        <source>Remove Delegate</source>
        <translation>Quitar delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="158"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="167"/>
        <location filename="../../consult_app/ui/session.py" line="235"/>
        <source>Copy Delegations</source>
        <translation>Copiar delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="168"/>
        <location filename="../../consult_app/ui/session.py" line="285"/>
        <source>Confirm Attendance</source>
        <translation>Confirmar asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="177"/>
        <source>&lt;b&gt;&amp;Delegations&lt;/b&gt; (heads of delegation first)</source>
        <translation>&lt;b&gt;&amp;Delegaciones&lt;/b&gt; (jefes de delegación primero)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="203"/>
        <source>Select a session on the left.</source>
        <translation>Seleccione una sesión a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="242"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="243"/>
        <source>{dates}, from {time}</source>
        <translation>{dates}, a partir de las {time}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="244"/>
        <source>venue to be decided</source>
        <translation>lugar por decidir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="245"/>
        <source>host: {name}</source>
        <translation>anfitrión: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="246"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>Estado: {state} · acta: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="227"/>
        <source>No delegate yet: Add Delegate… puts someone from the directory, or someone new, in a delegation.</source>
        <translation>Todavía no hay delegados: «Añadir delegado…» incluye en una delegación a alguien del directorio, o a alguien nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="230"/>
        <source>Attendance confirmed: {n} of {total}</source>
        <translation>Asistencia confirmada: {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="233"/>
        <source>Copy Delegations from the {nth} Session</source>
        <translation>Copiar delegaciones de la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="268"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="268"/>
        <source>to confirm</source>
        <translation>por confirmar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="285"/>
        <source>Attendance Not Confirmed</source>
        <translation>Asistencia no confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="294"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="298"/>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="340"/>
        <source>Add delegate</source>
        <translation>Añadir delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="348"/>
        <source>Remove delegate</source>
        <translation>Quitar delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="367"/>
        <source>Copy delegations from the {nth} session</source>
        <translation>Copiar delegaciones de la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Confirm attendance</source>
        <translation>Confirmar asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Attendance not confirmed</source>
        <translation>Asistencia no confirmada</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="139"/>
        <source>Sign off the minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="146"/>
        <source>Amendment of {date}: {reason}
SHA-256 {hash}</source>
        <translation>Enmienda del {date}: {reason}
SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="149"/>
        <source>Version {n}, SHA-256 {hash}</source>
        <translation>Versión {n}, SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="151"/>
        <source>Nothing has been circulated yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="155"/>
        <source>Signing off:</source>
        <translation>Se aprueba:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="156"/>
        <source>For:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="157"/>
        <source>Head of delegation:</source>
        <translation>Jefe de delegación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="158"/>
        <source>Another party&apos;s sign-off is recorded here only from the signed paper, for a dialogue not paired with its secretariat.</source>
        <translation>La aprobación de otra parte solo se registra aquí a partir del documento firmado, para un diálogo no emparejado con su secretaría.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="163"/>
        <source>Sign Off</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="27"/>
        <source>The workspace is healthy: SQLite&apos;s integrity and foreign-key checks and Consult&apos;s own checks found nothing.</source>
        <translation>El espacio de trabajo está sano: las comprobaciones de integridad y de claves foráneas de SQLite y las de Consult no encontraron nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="31"/>
        <source>consult-app check --repair mends what it can, after taking a snapshot.</source>
        <translation>consult-app check --repair repara lo que puede, tras tomar una instantánea.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="32"/>
        <source>Check Workspace</source>
        <translation>Verificar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="41"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="40"/>
        <source>The language of Consult&apos;s windows; it takes effect when Consult starts again.</source>
        <translation>El idioma de las ventanas de Consult; se aplica la próxima vez que se inicie Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="53"/>
        <source>Language chosen: {language}; it takes effect when Consult starts again.</source>
        <translation>Idioma elegido: {language}; se aplicará en el próximo inicio de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="73"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="83"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="85"/>
        <source>Snapshot written and verified: {path}</source>
        <translation>Instantánea escrita y verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <source>Restore Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="101"/>
        <source>Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.</source>
        <translation>Instantáneas de este espacio de trabajo, de la más reciente a la más antigua. El estado actual se guarda como instantánea antes de ser reemplazado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="95"/>
        <source>No snapshot yet: Tools › Take a Snapshot Now makes one (Consult also takes one before risky changes).</source>
        <translation>Todavía no hay instantáneas: Herramientas › Tomar una instantánea ahora crea una (Consult también toma una antes de los cambios arriesgados).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="29"/>
        <source>1 problem found:</source>
        <translation>1 problema encontrado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="29"/>
        <source>{n} problems found:</source>
        <translation>{n} problemas encontrados:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <location filename="../../consult_app/ui/commands/tools.py" line="103"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="123"/>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="128"/>
        <source>Restored from {name}.</source>
        <translation>Restaurado a partir de {name}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="134"/>
        <source>About Consult</source>
        <translation>Acerca de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="135"/>
        <source>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparing sessions of bilateral dialogues and keeping their commitment register.</source>
        <translation>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparar las sesiones de los diálogos bilaterales y llevar el registro de sus compromisos.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="26"/>
        <source>A lost passphrase cannot be recovered: without it nobody, not even Consult&apos;s developers, can open the file.</source>
        <translation>Una frase de contraseña perdida no se puede recuperar: sin ella nadie, ni siquiera los desarrolladores de Consult, puede abrir el archivo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="43"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Recordar en este equipo (en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="68"/>
        <source>Encrypted workspace</source>
        <translation>Espacio de trabajo cifrado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="70"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="75"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="132"/>
        <source>That passphrase is wrong; try again.</source>
        <translation>Esa frase de contraseña no es correcta; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="152"/>
        <source>Passphrase not remembered</source>
        <translation>Frase de contraseña no recordada</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="51"/>
        <source>expected text.</source>
        <translation>se espera un texto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="52"/>
        <source>is {length} characters long; the limit is {limit}.</source>
        <translation>tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="53"/>
        <source>must not be empty.</source>
        <translation>no puede quedar en blanco.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="54"/>
        <source>contains {what} that cannot be stored.</source>
        <translation>contiene {what} que no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="55"/>
        <source>expected texts by language.</source>
        <translation>se esperan textos por idioma.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="56"/>
        <source>&apos;{code}&apos; is not a language code.</source>
        <translation>«{code}» no es un código de idioma.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="57"/>
        <source>&apos;{code}&apos; is not a working language of this dialogue ({languages}).</source>
        <translation>«{code}» no es un idioma de trabajo de este diálogo ({languages}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="58"/>
        <source>a date is needed.</source>
        <translation>se necesita una fecha.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="59"/>
        <source>expected a date.</source>
        <translation>se espera una fecha.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="60"/>
        <source>{date} is outside the years {first}–{last}.</source>
        <translation>{date} está fuera de los años {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="61"/>
        <source>&apos;{value}&apos; is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z).</source>
        <translation>«{value}» no es una marca de tiempo ISO 8601 en UTC (por ejemplo 2003-03-31T12:00:00Z).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="62"/>
        <source>{value} is outside the range of figures Consult stores (±{limit}).</source>
        <translation>{value} está fuera del intervalo de cifras que Consult guarda (±{limit}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="63"/>
        <source>expected a number.</source>
        <translation>se espera un número.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="64"/>
        <source>{value} is not a finite number.</source>
        <translation>{value} no es un número finito.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="65"/>
        <source>expected a whole number.</source>
        <translation>se espera un número entero.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="66"/>
        <source>{value} is not a whole number between {lowest} and {highest}.</source>
        <translation>{value} no es un número entero entre {lowest} y {highest}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="67"/>
        <source>is {length} characters long; no text may be longer than {limit} characters.</source>
        <translation>tiene {length} caracteres; ningún texto puede superar {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="68"/>
        <source>expected text, a number, true/false or null.</source>
        <translation>se espera un texto, un número, verdadero/falso o null.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="69"/>
        <source>a dialogue needs at least one working language.</source>
        <translation>un diálogo necesita al menos un idioma de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="70"/>
        <source>a dialogue needs at least two parties.</source>
        <translation>un diálogo necesita al menos dos partes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="71"/>
        <source>two parties have the same code.</source>
        <translation>dos partes tienen el mismo código.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="72"/>
        <source>exactly one party must be the home party.</source>
        <translation>exactamente una parte debe ser la propia.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="73"/>
        <source>a status scale needs at least one level.</source>
        <translation>una escala de estados necesita al menos un nivel.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="74"/>
        <source>two levels have the same code.</source>
        <translation>dos niveles tienen el mismo código.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="75"/>
        <source>a session number starts at 1.</source>
        <translation>un número de sesión empieza en 1.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="76"/>
        <source>the session ends ({end}) before it starts ({start}).</source>
        <translation>la sesión termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="77"/>
        <source>{minutes} minutes is not a duration between 0 and {most}.</source>
        <translation>{minutes} minutos no es una duración entre 0 y {most}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="78"/>
        <source>&apos;{value}&apos; is not part of the minutes.</source>
        <translation>«{value}» no forma parte del acta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="79"/>
        <source>the responsible party is not a party to this dialogue.</source>
        <translation>la parte responsable no es parte de este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="80"/>
        <source>the party whose assessment this is is not a party to this dialogue.</source>
        <translation>la parte a la que corresponde esta evaluación no es parte de este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="81"/>
        <source>the theme is not one of this dialogue&apos;s themes.</source>
        <translation>el tema no es uno de los temas de este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="82"/>
        <source>the due date {due} is before the session where the commitment was made ({start}).</source>
        <translation>el vencimiento del {due} es anterior a la sesión en que se adoptó el compromiso ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="83"/>
        <source>a commitment cannot be its own counterpart.</source>
        <translation>un compromiso no puede ser su propia contrapartida.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="84"/>
        <source>a commitment cannot supersede itself.</source>
        <translation>un compromiso no puede sustituirse a sí mismo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="85"/>
        <source>&apos;{status}&apos; is not on this dialogue&apos;s status scale (use one of: {codes}).</source>
        <translation>«{status}» no está en la escala de estados de este diálogo (use uno de: {codes}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="86"/>
        <source>this belongs to an internal commitment, so it cannot be shared with the other delegation.</source>
        <translation>esto pertenece a un compromiso interno, así que no puede compartirse con la otra delegación.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="87"/>
        <source>give at least one level, none of them empty (for example UNCLASSIFIED,RESTRICTED,SECRET).</source>
        <translation>indique al menos un nivel, ninguno vacío (por ejemplo UNCLASSIFIED,RESTRICTED,SECRET).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="88"/>
        <source>&apos;{level}&apos; is listed twice.</source>
        <translation>«{level}» figura dos veces.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="89"/>
        <source>say what to call the secretariat that invited you (for example &apos;Secrétariat français&apos;).</source>
        <translation>indique el nombre de la secretaría que le invitó (por ejemplo «Secrétariat français»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="90"/>
        <source>say where to write the reply to send back.</source>
        <translation>indique dónde escribir la respuesta que hay que devolver.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="91"/>
        <source>say who the invitation is for (for example &apos;Secrétariat malien&apos;).</source>
        <translation>indique a quién va dirigida la invitación (por ejemplo «Secrétariat malien»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="92"/>
        <source>&apos;{level}&apos; is not on this workspace&apos;s list of markings ({order}); add it to the list first.</source>
        <translation>«{level}» no figura en la lista de clasificaciones de este espacio de trabajo ({order}); añádala primero a la lista.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="93"/>
        <source>a level is one line of at most 60 characters.</source>
        <translation>un nivel es una línea de 60 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="94"/>
        <source>The markings {levels} are not on the workspace&apos;s ordered list, so the highest cannot be chosen: add them with consult-app marking PATH --order LOW,…,HIGH.</source>
        <translation>Las clasificaciones {levels} no están en la lista ordenada del espacio de trabajo, así que no se puede elegir la más alta: añádalas con consult-app marking PATH --order LOW,…,HIGH.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="98"/>
        <source>the reference &apos;{ref}&apos; is already used by another commitment.</source>
        <translation>la referencia «{ref}» ya la usa otro compromiso.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="99"/>
        <source>a dialogue with code &apos;{code}&apos; already exists.</source>
        <translation>ya existe un diálogo con el código «{code}».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="100"/>
        <source>&apos;{code}&apos; is not a language code (for example fr).</source>
        <translation>«{code}» no es un código de idioma (por ejemplo es).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="101"/>
        <source>this dialogue already has a session number {number}.</source>
        <translation>este diálogo ya tiene una sesión número {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="102"/>
        <source>The minutes of this session are agreed: record an amendment instead of editing them.</source>
        <translation>El acta de esta sesión está aprobada: registre una enmienda en lugar de editarla.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="110"/>
        <source>An item can only become a sub-item of a top-level item of the same session.</source>
        <translation>Un punto solo puede convertirse en subpunto de un punto de primer nivel de la misma sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="111"/>
        <source>An item with sub-items cannot itself become a sub-item.</source>
        <translation>Un punto con subpuntos no puede convertirse él mismo en subpunto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="112"/>
        <source>the new session must start after the {nth} session ({date}).</source>
        <translation>la nueva sesión debe empezar después de la {nth} sesión ({date}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="114"/>
        <source>&apos;{ref}&apos; does not follow this dialogue&apos;s reference pattern {pattern} (a year from {first} to {last}, then a number of two to four digits).</source>
        <translation>«{ref}» no sigue el modelo de referencia de este diálogo, {pattern} (un año de {first} a {last} y luego un número de dos a cuatro cifras).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="118"/>
        <source>a commitment in force has no end date or reason.</source>
        <translation>un compromiso en vigor no tiene fecha ni motivo de fin.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="119"/>
        <source>a commitment cannot be {how} ({date}) before the session where it was made ({start}).</source>
        <translation>un compromiso no puede ser {how} ({date}) antes de la sesión en que se adoptó ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="120"/>
        <source>say why the commitment is {how}.</source>
        <translation>indique por qué el compromiso es {how}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="121"/>
        <source>expected up (higher is better) or down (lower is better).</source>
        <translation>se espera al alza (más alto es mejor) o a la baja (más bajo es mejor).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="122"/>
        <source>the target ({target}) is below the baseline ({baseline}), but this indicator should rise (up is good).</source>
        <translation>la meta ({target}) está por debajo de la línea de base ({baseline}), pero este indicador debe subir (al alza es bueno).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="123"/>
        <source>the target ({target}) is above the baseline ({baseline}), but this indicator should fall (down is good).</source>
        <translation>la meta ({target}) está por encima de la línea de base ({baseline}), pero este indicador debe bajar (a la baja es bueno).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="124"/>
        <source>the target&apos;s date {target} is before the baseline&apos;s ({baseline}).</source>
        <translation>la fecha de la meta, {target}, es anterior a la de la línea de base ({baseline}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="125"/>
        <source>{ref} was already {how} on {date}.</source>
        <translation>{ref} ya fue {how} el {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="126"/>
        <source>a commitment can only be replaced by one of the same dialogue.</source>
        <translation>un compromiso solo puede sustituirse por otro del mismo diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="127"/>
        <source>a commitment can only be reaffirmed at a session of its own dialogue.</source>
        <translation>un compromiso solo puede reafirmarse en una sesión de su propio diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="128"/>
        <source>{ref} was {how} on {date}: only a commitment in force can be reaffirmed.</source>
        <translation>{ref} fue {how} el {date}: solo puede reafirmarse un compromiso en vigor.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="129"/>
        <source>{ref} is already reaffirmed at the {nth} session.</source>
        <translation>{ref} ya está reafirmado en la {nth} sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="130"/>
        <source>{ref} was made at the {nth} session; it can be reaffirmed only at a later one.</source>
        <translation>{ref} se adoptó en la {nth} sesión; solo puede reafirmarse en una posterior.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="131"/>
        <source>{ref} was {how} on {date}; its text can no longer change.</source>
        <translation>{ref} fue {how} el {date}; su texto ya no puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="132"/>
        <source>{ref} cannot be deleted because it has a history ({history}): withdraw it instead.</source>
        <translation>{ref} no puede eliminarse porque tiene un historial ({history}): retírelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="133"/>
        <source>The text has changed again since: only the latest change of a commitment&apos;s text can be undone.</source>
        <translation>El texto ha vuelto a cambiar desde entonces: solo puede deshacerse el último cambio del texto de un compromiso.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="134"/>
        <source>This indicator cannot be deleted because its measurements ({n}) are history.</source>
        <translation>Este indicador no puede eliminarse porque sus mediciones ({n}) forman parte del historial.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="136"/>
        <source>a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item.</source>
        <translation>una pausa, un almuerzo o un encabezado de jornada es una fila del programa y no puede ser un subpunto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="137"/>
        <source>expected a time of day.</source>
        <translation>se esperaba una hora.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="138"/>
        <source>an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first.</source>
        <translation>un punto con subpuntos no puede convertirse en pausa, almuerzo o encabezado de jornada; mueva primero sus subpuntos.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="139"/>
        <source>A break, a lunch or a day heading cannot hold sub-items.</source>
        <translation>Una pausa, un almuerzo o un encabezado de jornada no puede contener subpuntos.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="140"/>
        <source>A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item.</source>
        <translation>Una pausa, un almuerzo o un encabezado de jornada es una fila del programa: no puede convertirse en subpunto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="141"/>
        <source>{kind} is an agenda item, not a break, a lunch or a day heading.</source>
        <translation>{kind} es un punto del orden del día, no una pausa, un almuerzo o un encabezado de jornada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="142"/>
        <source>This agenda has no &quot;Review of commitments&quot; item: add one (kind: review of commitments) first.</source>
        <translation>Este orden del día no tiene un punto «Examen de compromisos»: añada primero uno (tipo: examen de compromisos).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="143"/>
        <source>Delegations are copied from an earlier session of the same dialogue, not from the {nth} session.</source>
        <translation>Las delegaciones se copian de una sesión anterior del mismo diálogo, no de la {nth} sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="144"/>
        <source>The {nth} session has no delegation to copy.</source>
        <translation>La {nth} sesión no tiene delegación que copiar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="145"/>
        <source>Everyone on the delegations of the {nth} session is already on this one.</source>
        <translation>Todos los miembros de las delegaciones de la {nth} sesión ya figuran en esta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="146"/>
        <source>{name} is a member of a delegation: take them off it first, or keep them in the directory.</source>
        <translation>{name} forma parte de una delegación: retírelo primero de ella, o manténgalo en el directorio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="147"/>
        <source>{name} presents an agenda item: choose another presenter first, or keep them in the directory.</source>
        <translation>{name} presenta un punto del orden del día: elija primero a otro ponente, o manténgalo en el directorio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="149"/>
        <source>{minutes} are agreed: the session stays at &apos;minutes agreed&apos;.</source>
        <translation>El {minutes} está aprobada: la sesión permanece en el estado «acta aprobada».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="153"/>
        <source>{minutes} are circulated by {holder}, who holds the pen: propose a change instead of editing them.</source>
        <translation>El {minutes} ha sido enviada por {holder}, que lleva la pluma: proponga un cambio en lugar de editarla.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="154"/>
        <source>{minutes} are agreed: they are not circulated again; change them by an amendment.</source>
        <translation>El {minutes} está aprobada: no se vuelve a enviar; modifíquela mediante una enmienda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="155"/>
        <source>{holder} holds the pen for {minutes} (it circulated version 1): propose changes instead.</source>
        <translation>{holder} lleva la pluma del {minutes} (envió la versión 1): proponga cambios en su lugar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="156"/>
        <source>{proposals} on version {number} of {minutes} {verb} still open: accept, reject or edit each before circulating the next version.</source>
        <translation>{proposals} sobre la versión {number} del {minutes} {verb} aún sin decidir: acepte, rechace o modifique cada una antes de enviar la versión siguiente.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="159"/>
        <source>{proposals} on version {number} of {minutes} {verb} still open: they are decided before anyone signs off.</source>
        <translation>{proposals} sobre la versión {number} del {minutes} {verb} aún sin decidir: se deciden antes de cualquier aprobación.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="160"/>
        <source>Nothing changed in {minutes} since version {number} was circulated.</source>
        <translation>Nada ha cambiado en el {minutes} desde el envío de la versión {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="161"/>
        <source>{minutes} are {state}: proposals are made on circulated minutes.</source>
        <translation>El {minutes} está {state}: las propuestas se hacen sobre un acta enviada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="162"/>
        <source>{minutes} are {state}: proposals are decided while they are circulated.</source>
        <translation>El {minutes} está {state}: las propuestas se deciden mientras está enviada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="163"/>
        <source>Version {number} of {minutes} has been circulated since: make the proposal on it.</source>
        <translation>La versión {number} del {minutes} se ha enviado desde entonces: haga la propuesta sobre ella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="164"/>
        <source>The agenda item is not part of version {number} of {minutes}.</source>
        <translation>El punto del orden del día no figura en la versión {number} del {minutes}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="165"/>
        <source>&apos;{decision}&apos; is not one of: accept, reject, edit.</source>
        <translation>«{decision}» no es una de las decisiones: accept, reject, edit.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="166"/>
        <source>This proposal was already {state} ({date}): a decision is final.</source>
        <translation>Esta propuesta ya fue {state} ({date}): una decisión es definitiva.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="167"/>
        <source>Only the party that circulated {minutes} decides the proposals on them.</source>
        <translation>Solo la parte que envió el {minutes} decide las propuestas sobre ella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="168"/>
        <source>This proposal was made on an earlier version than version {number}: it can only be rejected.</source>
        <translation>Esta propuesta se hizo sobre una versión anterior a la versión {number}: solo puede rechazarse.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="169"/>
        <source>say the wording that is accepted instead of the proposal&apos;s.</source>
        <translation>indique el texto que se acepta en lugar del de la propuesta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="170"/>
        <source>not a party to this dialogue.</source>
        <translation>no es parte en este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="171"/>
        <source>{name} is not the head of the delegation of {party} at this session ({head} is).</source>
        <translation>{name} no es jefe de la delegación de {party} en esta sesión (el jefe de delegación es {head}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="172"/>
        <source>it amends another session&apos;s minutes.</source>
        <translation>enmienda el acta de otra sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="173"/>
        <source>This amendment is already in force.</source>
        <translation>Esta enmienda ya está en vigor.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="174"/>
        <source>{party} has already signed off this amendment.</source>
        <translation>{party} ya ha aprobado esta enmienda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="175"/>
        <source>{party} has already signed off version {number} of {minutes}.</source>
        <translation>{party} ya ha aprobado la versión {number} del {minutes}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="176"/>
        <source>{minutes} are already agreed.</source>
        <translation>El {minutes} ya está aprobada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="177"/>
        <source>{minutes} have not been circulated: circulate them first, then each head of delegation signs off.</source>
        <translation>El {minutes} no se ha enviado: envíela primero; después cada jefe de delegación la aprueba.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="179"/>
        <source>The texts of {minutes} changed since version {number} was circulated: circulate version {next} first.</source>
        <translation>Los textos del {minutes} han cambiado desde el envío de la versión {number}: envíe primero la versión {next}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="180"/>
        <source>{minutes} are not agreed: edit them instead of amending them.</source>
        <translation>El {minutes} no está aprobada: edítela en lugar de enmendarla.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="181"/>
        <source>&apos;{code}&apos; is not a working language of {dialogue} ({languages}).</source>
        <translation>«{code}» no es un idioma de trabajo de {dialogue} ({languages}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="182"/>
        <source>{party} does that in its own workspace, and it reaches this one in {partner}&apos;s packets; it cannot {doing} here on its behalf.</source>
        <translation>{party} lo hace en su propio espacio de trabajo, y llega a este en los paquetes de {partner}; aquí no se puede {doing} en su nombre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="185"/>
        <source>the frozen texts are not in the form Consult writes them.</source>
        <translation>los textos fijados no tienen la forma en que Consult los escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="186"/>
        <source>the frozen texts of version {number} belong to another session or version.</source>
        <translation>los textos fijados de la versión {number} pertenecen a otra sesión o versión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="198"/>
        <source>the texts of version {number} do not match their hash (they were changed after it was circulated).</source>
        <translation>los textos de la versión {number} no coinciden con su huella (se modificaron después de su envío).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="199"/>
        <source>version {number} is missing.</source>
        <translation>falta la versión {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="200"/>
        <source>{minutes} are agreed and signed off: they cannot be set back to {state}; change them by an amendment signed off by both sides.</source>
        <translation>El {minutes} está aprobada por todas las partes: no puede volver al estado «{state}»; modifíquela mediante una enmienda aprobada por ambas partes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="203"/>
        <source>{minutes} have been circulated: they cannot be set back to draft; edit the texts and circulate the next version.</source>
        <translation>El {minutes} se ha enviado: no puede volver a ser un borrador; edite los textos y envíe la versión siguiente.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="204"/>
        <source>{minutes} become agreed when every head of delegation has signed off the same version: sign them off instead.</source>
        <translation>El {minutes} queda aprobada cuando cada jefe de delegación ha aprobado la misma versión: recabe esas aprobaciones en su lugar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="205"/>
        <source>{minutes} cannot go from {current} to {wanted}.</source>
        <translation>El {minutes} no puede pasar del estado «{current}» al estado «{wanted}».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="206"/>
        <source>{minutes} were agreed (version {number}, signed off by every party): they cannot be &apos;{state}&apos;, which would set them back.</source>
        <translation>El {minutes} fue aprobada (versión {number}, aprobada por todas las partes): no puede estar en el estado «{state}», lo que la haría retroceder.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="209"/>
        <source>{minutes} have circulated versions but not every party&apos;s sign-off of the last one: they are circulated, not &apos;{state}&apos;.</source>
        <translation>El {minutes} tiene versiones enviadas, pero la última no está aprobada por todas las partes: está enviada, no «{state}».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="210"/>
        <source>{minutes} differ from the agreed version {number} ({changes}): agreed texts change only by amendment.</source>
        <translation>El {minutes} difiere de la versión aprobada {number} ({changes}): los textos aprobados solo cambian mediante enmienda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="214"/>
        <source>&apos;{op}&apos; is not one of: {ops}.</source>
        <translation>«{op}» no es uno de los cambios posibles: {ops}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="215"/>
        <source>&apos;{value}&apos; is not a text of the minutes (use one of: {fields}).</source>
        <translation>«{value}» no es un texto del acta (use uno de: {fields}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="216"/>
        <source>say which words to {op} (quote them as they stand in the circulated text).</source>
        <translation>indique las palabras que desea {op} (cítelas tal como figuran en el texto enviado).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="217"/>
        <source>say which words to {what}.</source>
        <translation>indique las palabras que desea {what}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="218"/>
        <source>a comment needs its words.</source>
        <translation>un comentario necesita su texto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="219"/>
        <source>«{passage}» is not in the text as it stands; quote it exactly, or edit the proposal.</source>
        <translation>«{passage}» no figura en el texto tal como está; cítelo exactamente, o edite la propuesta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="220"/>
        <source>«{passage}» occurs {count} times in the text; quote more of it so it occurs once.</source>
        <translation>«{passage}» aparece {count} veces en el texto; cite más para que aparezca una sola vez.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="222"/>
        <source>&apos;{value}&apos; is not an article of this language (use one of: {articles}; or none).</source>
        <translation>«{value}» no es un artículo de este idioma (use uno de estos: {articles}; o ninguno).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="223"/>
        <source>{party} is not a party to {dialogue}.</source>
        <translation>{party} no es parte de {dialogue}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="225"/>
        <source>this workspace already has an exchange partner called &apos;{name}&apos;; choose another name.</source>
        <translation>este espacio de trabajo ya tiene un socio de intercambio llamado «{name}»; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="226"/>
        <source>{dialogue} is already paired with {partner}: one secretariat per dialogue.</source>
        <translation>{dialogue} ya está emparejado con {partner}: una secretaría por diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="227"/>
        <source>{dialogue} has {count} other parties; say which one the invitation is for ({codes}).</source>
        <translation>{dialogue} tiene {count} otras partes; indique a cuál va dirigida la invitación ({codes}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="228"/>
        <source>the invitation is for another party of the dialogue than ours.</source>
        <translation>la invitación va dirigida a otra parte del diálogo distinta de la nuestra.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="229"/>
        <source>{path} already exists: choose another name.</source>
        <translation>{path} ya existe: elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="230"/>
        <source>{file} is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created.</source>
        <translation>{file} es una respuesta a una invitación: acéptela en el espacio de trabajo que hizo la invitación; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="231"/>
        <source>the dialogue it carries cannot be read ({problem}); nothing was changed.</source>
        <translation>el diálogo que contiene no se puede leer ({problem}); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="232"/>
        <source>{file} does not carry the one dialogue it names; nothing was changed.</source>
        <translation>{file} no contiene el único diálogo que nombra; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="233"/>
        <source>{file} names parties that are not those of {dialogue}; nothing was changed.</source>
        <translation>{file} nombra partes que no son las de {dialogue}; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="234"/>
        <source>{file} comes from this workspace or one of its partners: it is accepted by the other secretariat.</source>
        <translation>{file} procede de este espacio de trabajo o de uno de sus socios: es la otra secretaría quien lo acepta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="235"/>
        <source>{file} answers an invitation this workspace did not make, or one already accepted; nothing was changed.</source>
        <translation>{file} responde a una invitación que este espacio de trabajo no hizo, o a una ya aceptada; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="236"/>
        <source>{file} answers an invitation from another workspace; nothing was changed.</source>
        <translation>{file} responde a una invitación de otro espacio de trabajo; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="237"/>
        <source>{file} speaks for another party or dialogue than the invitation asked; nothing was changed.</source>
        <translation>{file} habla en nombre de otra parte u otro diálogo que los de la invitación; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="238"/>
        <source>{file} was already accepted: {partner} is a partner of this workspace.</source>
        <translation>{file} ya se aceptó: {partner} es un socio de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="239"/>
        <source>The record of the invitation {file} answers is missing ({record}); invite the other secretariat again.</source>
        <translation>Falta el registro de la invitación a la que responde {file} ({record}); invite de nuevo a la otra secretaría.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="240"/>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="241"/>
        <source>{file} is larger than any invitation Consult writes; it was not read.</source>
        <translation>{file} es más grande que cualquier invitación que escriba Consult; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="242"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="243"/>
        <source>{file} is not an invitation or a reply from another secretariat (it is not readable JSON).</source>
        <translation>{file} no es una invitación ni una respuesta de otra secretaría (no es JSON legible).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="244"/>
        <source>{file} is not an invitation or a reply from another secretariat.</source>
        <translation>{file} no es una invitación ni una respuesta de otra secretaría.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="245"/>
        <source>{file} was written by a newer version of Consult; update Consult to accept it.</source>
        <translation>{file} fue escrito por una versión más reciente de Consult; actualice Consult para aceptarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="246"/>
        <source>{file} is damaged (its keys or signature cannot be read); nothing was changed.</source>
        <translation>{file} está dañado (sus claves o su firma no se pueden leer); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="247"/>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} está dañado ({problem}); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="249"/>
        <source>it says neither invitation nor reply</source>
        <translation>no dice ser invitación ni respuesta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="250"/>
        <source>its &apos;{key}&apos; is missing</source>
        <translation>falta su campo «{key}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="251"/>
        <source>it does not say who sent it</source>
        <translation>no dice quién lo envió</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="252"/>
        <source>it does not say whom it is for</source>
        <translation>no dice a quién va dirigido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="253"/>
        <source>it carries no dialogue</source>
        <translation>no contiene ningún diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="254"/>
        <source>{file} was altered after it was signed (or is damaged); nothing was changed.</source>
        <translation>{file} fue alterado después de firmarse (o está dañado); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="256"/>
        <source>{workspace} has no keys for signed packets: open it once for writing with this version of Consult.</source>
        <translation>{workspace} no tiene claves para firmar paquetes: ábralo una vez en escritura con esta versión de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="257"/>
        <source>{workspace} has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>{workspace} aún no tiene socio de intercambio: haga primero una copia de campo (consult-app field-copy).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="258"/>
        <source>--to: this workspace exchanges with several partners ({names}); say which one.</source>
        <translation>--to: este espacio de trabajo intercambia con varios socios ({names}); indique cuál.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="259"/>
        <source>{partner} was paired before packets were signed, so its key is unknown: forget it (consult-app packet forget) and make a new field copy.</source>
        <translation>{partner} se asoció antes de que los paquetes se firmaran, así que su clave es desconocida: olvídelo (consult-app packet forget) y haga una nueva copia de campo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="262"/>
        <source>The copy could not be made: {table} rows refer to {other} rows that are not in it.</source>
        <translation>No se pudo hacer la copia: filas de {table} remiten a filas de {other} que no están en ella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="263"/>
        <source>--name: a field copy needs a name (for example &apos;Bamako embassy&apos;).</source>
        <translation>--name: una copia de campo necesita un nombre (por ejemplo «Embajada en Bamako»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="264"/>
        <source>--name: this workspace already has an exchange partner called &apos;{name}&apos;; choose another name.</source>
        <translation>--name: este espacio de trabajo ya tiene un socio de intercambio llamado «{name}»; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="265"/>
        <source>The record of the last exchange with {partner} is missing ({record}); make a new field copy.</source>
        <translation>Falta el registro del último intercambio con {partner} ({record}); haga una nueva copia de campo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="266"/>
        <source>The record of the last exchange with {partner} is incomplete ({record} is missing); make a new field copy.</source>
        <translation>El registro del último intercambio con {partner} está incompleto (falta {record}); haga una nueva copia de campo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="267"/>
        <source>Nothing has changed here since the last packet to {partner}.</source>
        <translation>Nada ha cambiado aquí desde el último paquete enviado a {partner}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="297"/>
        <source>Your edit of {thing} …{id}: {refusal}</source>
        <translation>Su edición ({thing} …{id}): {refusal}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="272"/>
        <source>The packet for {partner} could not be made: some changes here cannot be left out of it.</source>
        <translation>No se pudo hacer el paquete para {partner}: algunos cambios hechos aquí no se pueden dejar fuera.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="273"/>
        <source>{file} is for another workspace, not {workspace}; nothing was imported.</source>
        <translation>{file} está destinado a otro espacio de trabajo, no a {workspace}; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="274"/>
        <source>{file} comes from a newer version of Consult (schema {version}); update Consult to import it.</source>
        <translation>{file} procede de una versión más reciente de Consult (esquema {version}); actualice Consult para importarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="275"/>
        <source>{file} is addressed to another copy of this workspace, not to this one; nothing was imported.</source>
        <translation>{file} va dirigido a otra copia de este espacio de trabajo, no a esta; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="276"/>
        <source>{file} says it comes from {sender}, but it is signed with {partner}&apos;s key; nothing was imported.</source>
        <translation>{file} dice proceder de {sender}, pero está firmado con la clave de {partner}; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="277"/>
        <source>{file} presents {partner} as a {claimed}, but it was paired as a {paired}; nothing was imported.</source>
        <translation>{file} presenta a {partner} como {claimed}, pero se emparejó como {paired}; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="278"/>
        <source>{file} was made with exchange settings for {partner} that differ from the pairing recorded here (they were changed outside Consult); nothing was imported.</source>
        <translation>{file} se hizo con una configuración de intercambio para {partner} que difiere del emparejamiento registrado aquí (se modificó fuera de Consult); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="282"/>
        <source>&apos;{policy}&apos; is not one of: ours, theirs.</source>
        <translation>«{policy}» no es una de las reglas: ours, theirs.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="283"/>
        <source>{file} is packet {seq} from {partner}, but the last one imported was {last}: import packet {next} first (the sender keeps every packet in its exchange folder&apos;s outbox).</source>
        <translation>{file} es el paquete {seq} de {partner}, pero el último importado fue el {last}: importe primero el paquete {next} (el remitente guarda cada paquete en la bandeja de salida de su carpeta de intercambio).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="287"/>
        <source>{workspace} is open read-only: nothing can be changed.</source>
        <translation>{workspace} está abierto en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="288"/>
        <source>{file} cannot be imported in the middle of another change to {workspace}; nothing was imported.</source>
        <translation>{file} no se puede importar en medio de otro cambio en {workspace}; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="289"/>
        <source>{refusal}: packet refused, nothing was imported ({file} from {partner}).</source>
        <translation>{refusal}: paquete rechazado, no se importó nada ({file} de {partner}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="290"/>
        <source>{file} is damaged (its changes cannot be read); nothing was imported.</source>
        <translation>{file} está dañado (sus cambios no se pueden leer); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="292"/>
        <source>{file} cannot be applied: {why}. Nothing was imported.</source>
        <translation>{file} no se puede aplicar: {why}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="293"/>
        <source>it does not fit this copy.</source>
        <translation>no encaja en esta copia.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="294"/>
        <source>changes from {partner} refer to things this copy does not have.</source>
        <translation>cambios de {partner} remiten a elementos que esta copia no tiene.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="295"/>
        <source>status history cannot be changed or deleted: packet refused.</source>
        <translation>el historial de estados no se puede cambiar ni eliminar: paquete rechazado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="291"/>
        <source>{file} cannot be applied: {refusal} Nothing was imported.</source>
        <translation>{file} no se puede aplicar: {refusal} No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="103"/>
        <source>The minutes of this session are agreed: its delegations, which they print, stay as they were agreed.</source>
        <translation>El acta de esta sesión está aprobada: las delegaciones que recoge quedan como se aprobaron.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="104"/>
        <source>The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text.</source>
        <translation>El acta de esta sesión está aprobada: sus puntos ya no pueden añadirse, suprimirse ni moverse; registre una enmienda para cambiar un texto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="107"/>
        <source>The minutes of this session are agreed: an item&apos;s place, kind and timing stay as agreed; record an amendment to change a text.</source>
        <translation>El acta de esta sesión está aprobada: el lugar, el tipo y el horario de sus puntos quedan como se aprobaron; registre una enmienda para cambiar un texto.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="150"/>
        <source>{minutes} are agreed: the session&apos;s number, dates, venue, host and start time, which they print, stay as they were agreed.</source>
        <translation>El {minutes} está aprobado: el número, las fechas, la sede, el anfitrión y la hora de inicio de la sesión, que recoge, quedan como se aprobaron.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="178"/>
        <source>{minutes} have no circulated version yet: circulate them, then propose changes to that version.</source>
        <translation>El {minutes} aún no tiene una versión enviada: envíelo y después proponga cambios a esa versión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="211"/>
        <source>{minutes} cannot be checked against their record ({problem}): a row of theirs was edited outside Consult.</source>
        <translation>El {minutes} no puede verificarse con su registro ({problem}): una de sus filas se modificó fuera de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="213"/>
        <source>{whole}; restore a snapshot from before that change to print them again.</source>
        <translation>{whole}; restaure una instantánea anterior a ese cambio para poder imprimirla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="187"/>
        <source>the delegations frozen in version {number} are not in the form Consult writes them.</source>
        <translation>las delegaciones fijadas en la versión {number} no tienen la forma en que Consult las escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="188"/>
        <source>the delegation line frozen in version {number} is not in the form Consult writes it.</source>
        <translation>la línea de delegación fijada en la versión {number} no tiene la forma en que Consult la escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="189"/>
        <source>the delegation line frozen in version {number} is of a party the version does not name.</source>
        <translation>la línea de delegación fijada en la versión {number} es de una parte que la versión no nombra.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="190"/>
        <source>the follow-up actions frozen in version {number} are not in the form Consult writes them.</source>
        <translation>las acciones de seguimiento fijadas en la versión {number} no tienen la forma en que Consult las escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="191"/>
        <source>the follow-up action frozen in version {number} is not in the form Consult writes it.</source>
        <translation>la acción de seguimiento fijada en la versión {number} no tiene la forma en que Consult la escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="192"/>
        <source>the agenda item frozen in version {number} is not in the form Consult writes it.</source>
        <translation>el punto del orden del día fijado en la versión {number} no tiene la forma en que Consult lo escribe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="193"/>
        <source>version {number} holds &apos;{key}&apos;, which Consult does not freeze in a version.</source>
        <translation>la versión {number} contiene «{key}», que Consult no fija en una versión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="194"/>
        <source>version {number} lacks &apos;{key}&apos;, which version {previous} froze: a later version freezes all an earlier one did.</source>
        <translation>a la versión {number} le falta «{key}», que la versión {previous} fijaba: una versión posterior fija todo lo que fijaba una anterior.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="195"/>
        <source>version {number} names the same party twice.</source>
        <translation>la versión {number} nombra dos veces a la misma parte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="196"/>
        <source>version {number} names a party that is not a party to this dialogue.</source>
        <translation>la versión {number} nombra a una parte que no es parte en este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="197"/>
        <source>the delegation line frozen in version {number} is of a party that is not a party to this dialogue.</source>
        <translation>la línea de delegación fijada en la versión {number} es de una parte que no es parte en este diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="268"/>
        <source>{partner} would refuse this packet ({change}: {why}); nothing was exported: undo that change, or ask {asked} to make it, then export again.</source>
        <translation>{partner} rechazaría este paquete ({change}: {why}); no se exportó nada: deshaga ese cambio, o pida a {asked} que lo haga, y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="296"/>
        <source>{file} is larger than any change packet Consult writes; it was not read.</source>
        <translation>{file} es más grande que cualquier paquete de cambios que escriba Consult; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="298"/>
        <source>{file} cannot be opened with this workspace&apos;s key: it was encrypted for someone else, or altered; nothing was imported.</source>
        <translation>{file} no se puede abrir con la clave de este espacio de trabajo: se cifró para otra persona, o se alteró; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="299"/>
        <source>{file} is damaged (its signed part cannot be read).</source>
        <translation>{file} está dañado (su parte firmada no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="300"/>
        <source>{file} is not signed by {partner}&apos;s key (it was altered or forged); nothing was imported.</source>
        <translation>{file} no está firmado con la clave de {partner} (se alteró o falsificó); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="301"/>
        <source>{file} is signed by a key that belongs to none of this workspace&apos;s exchange partners; nothing was imported.</source>
        <translation>{file} está firmado con una clave que no pertenece a ninguno de los socios de intercambio de este espacio de trabajo; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="302"/>
        <source>{file} is not a Consult change packet.</source>
        <translation>{file} no es un paquete de cambios de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="303"/>
        <source>{file} is truncated or damaged (its header is incomplete).</source>
        <translation>{file} está truncado o dañado (su cabecera está incompleta).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="304"/>
        <source>{file} is damaged (its header cannot be read).</source>
        <translation>{file} está dañado (su cabecera no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="305"/>
        <source>{file} is damaged (its header is incomplete).</source>
        <translation>{file} está dañado (su cabecera está incompleta).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="306"/>
        <source>{file} is damaged (its header lacks a valid &apos;format_version&apos;).</source>
        <translation>{file} está dañado (a su cabecera le falta un «format_version» válido).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="307"/>
        <source>{file} is damaged (its header lacks a valid &apos;sha256&apos;).</source>
        <translation>{file} está dañado (a su cabecera le falta un «sha256» válido).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="308"/>
        <source>{file} is damaged (its header lacks a valid &apos;scope&apos;).</source>
        <translation>{file} está dañado (a su cabecera le falta un «scope» válido).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="309"/>
        <source>{file} is damaged (its header lacks a valid &apos;{key}&apos;).</source>
        <translation>{file} está dañado (a su cabecera le falta un «{key}» válido).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="310"/>
        <source>{file} was written by a newer version of Consult (packet format {version}); update Consult to import it.</source>
        <translation>{file} fue escrito por una versión más reciente de Consult (formato de paquete {version}); actualice Consult para importarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="311"/>
        <source>{file} is an unsigned packet from an older version of Consult; packets are now signed and encrypted: update Consult on the sending side, make a new field copy, and export again.</source>
        <translation>{file} es un paquete sin firmar de una versión más antigua de Consult; los paquetes ahora se firman y cifran: actualice Consult en el lado del remitente, haga una nueva copia de campo y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="315"/>
        <source>{file} is damaged or was altered (its header is not as Consult writes it).</source>
        <translation>{file} está dañado o fue alterado (su cabecera no es como la escribe Consult).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="316"/>
        <source>{file} is truncated, damaged or was altered: its checksum does not match.</source>
        <translation>{file} está truncado, dañado o fue alterado: su suma de comprobación no coincide.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="317"/>
        <source>{file} is damaged (its contents cannot be unpacked).</source>
        <translation>{file} está dañado (su contenido no se puede descomprimir).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="318"/>
        <source>{file} holds more than {size} MiB of changes, more than Consult accepts in one packet.</source>
        <translation>{file} contiene más de {size} MiB de cambios, más de lo que Consult acepta en un paquete.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="320"/>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation>{path} ya existe: elija otro nombre, o ábralo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="321"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="322"/>
        <source>{workspace} uses an older format (schema {version}); open it for writing once to upgrade it.</source>
        <translation>{workspace} usa un formato más antiguo (esquema {version}); ábralo una vez en escritura para actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="323"/>
        <source>Choose another file name: a copy cannot replace the workspace itself.</source>
        <translation>Elija otro nombre de archivo: una copia no puede reemplazar el propio espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="326"/>
        <source>{path} is empty: it is not a Consult workspace yet.</source>
        <translation>{path} está vacío: todavía no es un espacio de trabajo de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="327"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="328"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="329"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} no se puede leer: {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="330"/>
        <source>{path} is a folder, not a Consult workspace.</source>
        <translation>{path} es una carpeta, no un espacio de trabajo de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="331"/>
        <source>{path} is not a regular file ({kind}), so it is not a Consult workspace.</source>
        <translation>{path} no es un archivo normal ({kind}), así que no es un espacio de trabajo de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="332"/>
        <source>{journal} beside {path} does not belong to it and could not be moved away ({reason}): move it elsewhere and try again; the workspace was not opened.</source>
        <translation>{journal}, junto a {path}, no le pertenece y no se pudo apartar ({reason}): muévalo a otro lugar y vuelva a intentarlo; el espacio de trabajo no se abrió.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="336"/>
        <source>{journal} beside {path} is not a regular file: move it away and try again.</source>
        <translation>{journal}, junto a {path}, no es un archivo normal: muévalo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="337"/>
        <source>{path} is damaged or not a Consult workspace.</source>
        <translation>{path} está dañado o no es un espacio de trabajo de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="338"/>
        <source>{path} is not a Consult workspace (it is not an SQLite database).</source>
        <translation>{path} no es un espacio de trabajo de Consult (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="339"/>
        <source>{path} is an SQLite database but not a Consult workspace.</source>
        <translation>{path} es una base de datos SQLite, pero no un espacio de trabajo de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="340"/>
        <source>{path} was written by a newer version of Consult (schema {version}; this version reads up to {newest}): update Consult to open it.</source>
        <translation>{path} fue escrito por una versión más reciente de Consult (esquema {version}; esta versión lee hasta el {newest}): actualice Consult para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="343"/>
        <source>The disk holding {path} is full: free some space and try again; nothing was saved.</source>
        <translation>El disco que contiene {path} está lleno: libere espacio y vuelva a intentarlo; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="344"/>
        <source>{path} is read-only: save a copy elsewhere or change the folder&apos;s permissions.</source>
        <translation>{path} es de solo lectura: guarde una copia en otro lugar o cambie los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="345"/>
        <source>{path} is busy in another program: close it there and try again; nothing was changed.</source>
        <translation>{path} está ocupado por otro programa: ciérrelo allí y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="347"/>
        <source>{file} is already open in Consult by {user} on {host} since {since}; open it read-only, or try again when it is closed.</source>
        <translation>{file} ya está abierto en Consult por {user} en {host} desde {since}; ábralo en modo de solo lectura o vuelva a intentarlo cuando esté cerrado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="348"/>
        <source>{path} is damaged: restore it from a backup.</source>
        <translation>{path} está dañado: restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="349"/>
        <source>{path} cannot be opened: check that the folder {folder} exists and is writable.</source>
        <translation>{path} no se puede abrir: compruebe que la carpeta {folder} existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="350"/>
        <source>The copy written to {folder} did not pass its integrity check; it was discarded.</source>
        <translation>La copia escrita en {folder} no superó su control de integridad; se descartó.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="351"/>
        <source>{file} is not a good Consult backup (it fails its integrity check).</source>
        <translation>{file} no es una copia de seguridad válida de Consult (no supera su control de integridad).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="352"/>
        <source>{file} is a backup of another file, not of {workspace}; nothing was restored.</source>
        <translation>{file} es una copia de seguridad de otro archivo, no de {workspace}; no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="353"/>
        <source>{folder} is read-only: open the workspace read-only, or copy it to a folder you can write to.</source>
        <translation>{folder} es de solo lectura: abra el espacio de trabajo en modo de solo lectura o cópielo en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="354"/>
        <source>Could not take the lock on {file}; try again.</source>
        <translation>No se pudo tomar el bloqueo de {file}; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="356"/>
        <source>This dialogue has no home party.</source>
        <translation>Este diálogo no tiene ninguna parte propia.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="358"/>
        <source>a packet may never change {what}</source>
        <translation>un paquete nunca puede cambiar {what}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="359"/>
        <source>this table is not part of a Consult workspace</source>
        <translation>esta tabla no forma parte de un espacio de trabajo de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="360"/>
        <source>{history} cannot be changed or deleted</source>
        <translation>{history}: no se puede cambiar ni eliminar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="361"/>
        <source>a {title} may not add {things}</source>
        <translation>una {title} no puede añadir {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="362"/>
        <source>a {title} may not delete {things}</source>
        <translation>una {title} no puede eliminar {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="363"/>
        <source>a {title} may not change the {column} of {things}</source>
        <translation>una {title} no puede cambiar la columna «{column}» de {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="364"/>
        <source>a {title} may not change {things}</source>
        <translation>una {title} no puede cambiar {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="365"/>
        <source>outside this {title}&apos;s dialogue {code}</source>
        <translation>fuera del diálogo {code} de esta {title}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="366"/>
        <source>it refers to a {thing} that this workspace does not have</source>
        <translation>remite a un elemento ({thing}) que este espacio de trabajo no tiene</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="367"/>
        <source>its {link} refers to a {thing} that this workspace does not have</source>
        <translation>su vínculo «{link}» remite a un elemento ({thing}) que este espacio de trabajo no tiene</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="368"/>
        <source>its {link} refers to a {thing} of another dialogue ({dialogue})</source>
        <translation>su vínculo «{link}» remite a un elemento ({thing}) de otro diálogo ({dialogue})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="369"/>
        <source>the text of agreed minutes cannot be changed by a {title} (only amended, with both sides&apos; sign-off)</source>
        <translation>el texto de un acta aprobada no puede ser modificado por una {title} (solo enmendado, con la aprobación de ambas partes)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="370"/>
        <source>the text of agreed minutes cannot be changed by a {title} (only amended, by the secretariat)</source>
        <translation>el texto de un acta aprobada no puede ser modificado por una {title} (solo enmendado, por la secretaría)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="371"/>
        <source>the text of agreed minutes can only change through an amendment, and this packet holds none for it</source>
        <translation>el texto de un acta aprobada solo cambia mediante una enmienda, y este paquete no contiene ninguna para él</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="372"/>
        <source>the items of agreed minutes are neither added, removed nor moved, and keep their title, kind and timing</source>
        <translation>los puntos de un acta aprobada no se añaden, suprimen ni mueven, y conservan su título, su tipo y su horario</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="373"/>
        <source>the delegations of agreed minutes stay as they were agreed</source>
        <translation>las delegaciones de un acta aprobada quedan como se aprobaron</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="374"/>
        <source>what agreed minutes say of their session (number, dates, venue, host, start time) stays as agreed</source>
        <translation>lo que un acta aprobada dice de su sesión (número, fechas, sede, anfitrión, hora de inicio) queda como se aprobó</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="375"/>
        <source>a counterpart secretariat speaks only for its own party: it may not record another party&apos;s assessment</source>
        <translation>una secretaría de la otra delegación solo habla en nombre de su propia parte: no puede registrar la evaluación de otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="376"/>
        <source>a counterpart secretariat speaks only for its own party: it may not circulate a version in another party&apos;s name</source>
        <translation>una secretaría de la otra delegación solo habla en nombre de su propia parte: no puede enviar una versión en nombre de otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="377"/>
        <source>a counterpart secretariat speaks only for its own party: it may not propose in another party&apos;s name</source>
        <translation>una secretaría de la otra delegación solo habla en nombre de su propia parte: no puede proponer en nombre de otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="378"/>
        <source>a counterpart secretariat speaks only for its own party: it may not propose an amendment in another party&apos;s name</source>
        <translation>una secretaría de la otra delegación solo habla en nombre de su propia parte: no puede proponer una enmienda en nombre de otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="379"/>
        <source>a counterpart secretariat speaks only for its own party: it may not sign off for another party</source>
        <translation>una secretaría de la otra delegación solo habla en nombre de su propia parte: no puede aprobar por otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="380"/>
        <source>it assesses a commitment that is not shared with the other delegation</source>
        <translation>evalúa un compromiso que no se comparte con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="381"/>
        <source>a counterpart secretariat may only add joint follow-up actions, under joint commitments</source>
        <translation>una secretaría de la otra delegación solo puede añadir acciones de seguimiento conjuntas, bajo compromisos conjuntos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="382"/>
        <source>the other party holds the pen for these minutes (it circulated version 1)</source>
        <translation>la otra parte lleva la pluma de esta acta (envió la versión 1)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="383"/>
        <source>these minutes are agreed here: they are changed only by an amendment</source>
        <translation>esta acta está aprobada aquí: solo cambia mediante una enmienda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="384"/>
        <source>the versions of these minutes would not follow one another (1, 2, 3…)</source>
        <translation>las versiones de esta acta no serían consecutivas (1, 2, 3…)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="385"/>
        <source>its frozen texts cannot be read</source>
        <translation>sus textos fijados no se pueden leer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="386"/>
        <source>it names an agenda item that this workspace does not have (the agenda changed after pairing)</source>
        <translation>nombra un punto del orden del día que este espacio de trabajo no tiene (el orden del día cambió después del emparejamiento)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="387"/>
        <source>only the party that circulated these minutes decides the proposals on them</source>
        <translation>solo la parte que envió esta acta decide las propuestas sobre ella</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="388"/>
        <source>it is made on a version of the minutes that this workspace does not have</source>
        <translation>se hace sobre una versión del acta que este espacio de trabajo no tiene</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="389"/>
        <source>these minutes are agreed here: proposals are made on circulated minutes</source>
        <translation>esta acta está aprobada aquí: las propuestas se hacen sobre un acta enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="390"/>
        <source>a new proposal arrives open; only the pen holder decides it</source>
        <translation>una propuesta nueva llega sin decidir; solo quien lleva la pluma la decide</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="391"/>
        <source>it is not in the form Consult writes proposals</source>
        <translation>no está en la forma en que Consult escribe las propuestas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="392"/>
        <source>only agreed minutes are amended</source>
        <translation>solo se enmienda un acta aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="393"/>
        <source>it signs off a version (or a hash) that this workspace does not have</source>
        <translation>aprueba una versión (o una huella) que este espacio de trabajo no tiene</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="394"/>
        <source>it signs off an amendment (or a hash) that this workspace does not have</source>
        <translation>aprueba una enmienda (o una huella) que este espacio de trabajo no tiene</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="395"/>
        <source>they do not match this version&apos;s tables</source>
        <translation>no coinciden con las tablas de esta versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="397"/>
        <source>must have a value.</source>
        <translation>debe tener un valor.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="398"/>
        <source>expected text, not {type}.</source>
        <translation>se espera un texto, no {type}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="399"/>
        <source>{value} is not a whole number Consult can store.</source>
        <translation>{value} no es un número entero que Consult pueda guardar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="400"/>
        <source>{value} is not one of: {values}.</source>
        <translation>{value} no es uno de los valores posibles: {values}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="401"/>
        <source>a value is not in the form Consult stores it.</source>
        <translation>un valor no está en la forma en que Consult lo guarda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="402"/>
        <source>its dialogue cannot be found.</source>
        <translation>no se encuentra su diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="403"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="404"/>
        <source>is not in the form Consult stores it.</source>
        <translation>no está en la forma en que Consult lo guarda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="406"/>
        <source>a {thing} from {partner} clashes with one here ({shown}); rename one and send again</source>
        <translation>un elemento ({thing}) de {partner} choca con uno de aquí ({shown}); cambie el nombre de uno y envíe de nuevo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="407"/>
        <source>a {thing} from {partner} clashes with one here; rename one and send again</source>
        <translation>un elemento ({thing}) de {partner} choca con uno de aquí; cambie el nombre de uno y envíe de nuevo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="413"/>
        <source>workspace setting &apos;{key}&apos;</source>
        <translation>ajuste del espacio de trabajo «{key}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="414"/>
        <source>exchange partner record &apos;{name}&apos;</source>
        <translation>registro del socio de intercambio «{name}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="415"/>
        <source>a change to the table &apos;{table}&apos;</source>
        <translation>un cambio en la tabla «{table}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="416"/>
        <source>dialogue {code}</source>
        <translation>diálogo {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="417"/>
        <source>person &apos;{name}&apos;</source>
        <translation>persona «{name}»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="418"/>
        <source>an unknown commitment ({id})</source>
        <translation>un compromiso desconocido ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="419"/>
        <source>an unknown session ({id})</source>
        <translation>una sesión desconocida ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="420"/>
        <source>status event for {commitment}</source>
        <translation>registro de estado para {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="421"/>
        <source>indicator for {commitment}</source>
        <translation>indicador para {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="422"/>
        <source>change of a commitment&apos;s text for {commitment}</source>
        <translation>cambio de texto para {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="423"/>
        <source>reaffirmation of {commitment}</source>
        <translation>reafirmación sobre {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="424"/>
        <source>measurement for an unknown indicator ({id})</source>
        <translation>medición para un indicador desconocido ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="425"/>
        <source>measurement for {commitment}</source>
        <translation>medición para {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="426"/>
        <source>follow-up action &apos;{description}&apos; of {dialogue}</source>
        <translation>acción de seguimiento «{description}» de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="427"/>
        <source>agenda item &apos;{item}&apos; of {session}</source>
        <translation>punto del orden del día «{item}» en {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="428"/>
        <source>delegation member of {session}</source>
        <translation>miembro de delegación en {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="429"/>
        <source>minutes amendment of {session}</source>
        <translation>enmienda del acta de {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="430"/>
        <source>version of the minutes of {session}</source>
        <translation>versión del acta de {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="431"/>
        <source>proposal on the minutes of {session}</source>
        <translation>propuesta sobre el acta de {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="432"/>
        <source>sign-off of the minutes of {session}</source>
        <translation>aprobación del acta de {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="433"/>
        <source>party {code} of {dialogue}</source>
        <translation>parte {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="434"/>
        <source>theme {code} of {dialogue}</source>
        <translation>tema {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="435"/>
        <source>changes to {things}</source>
        <translation>cambios de {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="436"/>
        <source>{dialogue} commitment {ref}</source>
        <translation>el compromiso {ref} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="437"/>
        <source>{dialogue} session {number}</source>
        <translation>la sesión {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="438"/>
        <source>{thing} {code} of {dialogue}</source>
        <translation>{thing} {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="440"/>
        <source>{one}; {more}</source>
        <translation>{one}; {more}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="443"/>
        <source>{field}: {sentence}</source>
        <translation>{field}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="449"/>
        <source>item {number} is missing</source>
        <translation>falta el punto {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="450"/>
        <source>item {number} is no longer discussed</source>
        <translation>el punto {number} ya no se examina</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="451"/>
        <source>item {number} is now numbered {now}</source>
        <translation>el punto {number} lleva ahora el número {now}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="452"/>
        <source>item {number} title [{lang}]</source>
        <translation>punto {number}, título [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="453"/>
        <source>item {number} summary [{lang}]</source>
        <translation>punto {number}, resumen [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="454"/>
        <source>item {number} conclusions [{lang}]</source>
        <translation>punto {number}, conclusiones [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="455"/>
        <source>item {number} was added</source>
        <translation>se ha añadido el punto {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="457"/>
        <source>{one}, {more}</source>
        <translation>{one}; {more}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="462"/>
        <source>control characters</source>
        <translation>caracteres de control</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="463"/>
        <source>broken Unicode (a lone surrogate)</source>
        <translation>Unicode dañado (un sustituto aislado)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="464"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="465"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="467"/>
        <source>the workspace&apos;s own settings and keys</source>
        <translation>los ajustes y las claves propios del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="468"/>
        <source>the records of exchange partners</source>
        <translation>los registros de los socios de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="469"/>
        <source>the search index</source>
        <translation>el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="470"/>
        <source>the database schema</source>
        <translation>el esquema de la base de datos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="471"/>
        <source>status history</source>
        <translation>historial de estados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="472"/>
        <source>measurement history</source>
        <translation>historial de mediciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="473"/>
        <source>the amendment history of the minutes</source>
        <translation>historial de enmiendas del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="474"/>
        <source>circulated versions of the minutes</source>
        <translation>versiones enviadas del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="475"/>
        <location filename="../../consult_app/ui/messages.py" line="563"/>
        <source>sign-offs of the minutes</source>
        <translation>aprobaciones del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="476"/>
        <source>an unknown dialogue</source>
        <translation>un diálogo desconocido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="481"/>
        <source>1 status event</source>
        <translation>1 registro de estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="482"/>
        <source>{n} status events</source>
        <translation>{n} registros de estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="483"/>
        <source>1 change of its text</source>
        <translation>1 modificación de su texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="484"/>
        <source>{n} changes of its text</source>
        <translation>{n} modificaciones de su texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="485"/>
        <source>1 indicator</source>
        <translation>1 indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="486"/>
        <source>{n} indicators</source>
        <translation>{n} indicadores</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="487"/>
        <source>1 follow-up action</source>
        <translation>1 acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="488"/>
        <source>{n} follow-up actions</source>
        <translation>{n} acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="489"/>
        <source>1 commitment that replaces it</source>
        <translation>1 compromiso que lo sustituye</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="490"/>
        <source>{n} commitments that replace it</source>
        <translation>{n} compromisos que lo sustituyen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="491"/>
        <source>1 reaffirmation</source>
        <translation>1 reafirmación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="492"/>
        <source>{n} reaffirmations</source>
        <translation>{n} reafirmaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="493"/>
        <source>it replaces another commitment</source>
        <translation>sustituye a otro compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="494"/>
        <source>it was {state} on an unknown date</source>
        <translation>fue {state} en una fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="495"/>
        <source>it was {state} on {date}</source>
        <translation>fue {state} el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="500"/>
        <source>the minutes of {dialogue} session {number}</source>
        <translation>acta de la sesión {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="501"/>
        <source>The minutes of {dialogue} session {number}</source>
        <translation>acta de la sesión {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="505"/>
        <source>draft</source>
        <translation>en borrador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="506"/>
        <source>circulated</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="507"/>
        <source>agreed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="508"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="509"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="510"/>
        <source>edited</source>
        <translation>aceptada con una modificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="512"/>
        <source>replace</source>
        <translation>sustituir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="513"/>
        <source>delete</source>
        <translation>suprimir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="514"/>
        <source>insert</source>
        <translation>insertar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="515"/>
        <source>put in their place</source>
        <translation>poner en su lugar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="516"/>
        <source>propose changes</source>
        <translation>proponer cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="517"/>
        <source>sign off</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="518"/>
        <source>the other party</source>
        <translation>la otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="519"/>
        <source>The other party</source>
        <translation>La otra parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="520"/>
        <source>is</source>
        <translation>está</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="521"/>
        <source>are</source>
        <translation>están</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="523"/>
        <source>field copy</source>
        <translation>copia de campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="524"/>
        <source>secretariat</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="525"/>
        <source>counterpart secretariat</source>
        <translation>secretaría de la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="526"/>
        <source>partner of another kind</source>
        <translation>socio de otro tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="528"/>
        <source>dialogue</source>
        <translation>diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="529"/>
        <source>dialogues</source>
        <translation>diálogos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="530"/>
        <source>party</source>
        <translation>parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="531"/>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="532"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="533"/>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="534"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="535"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="536"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="537"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="538"/>
        <source>delegation member</source>
        <translation>miembro de delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="539"/>
        <source>delegation members</source>
        <translation>miembros de delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="540"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="541"/>
        <source>agenda items</source>
        <translation>puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="542"/>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="543"/>
        <source>commitments</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="544"/>
        <source>reaffirmation</source>
        <translation>reafirmación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="545"/>
        <source>reaffirmations</source>
        <translation>reafirmaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="546"/>
        <source>change of a commitment&apos;s text</source>
        <translation>cambio del texto de un compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="547"/>
        <source>changes of commitments&apos; texts</source>
        <translation>cambios de los textos de compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="548"/>
        <source>status event</source>
        <translation>registro de estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="549"/>
        <source>status events</source>
        <translation>registros de estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="550"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="551"/>
        <source>indicators</source>
        <translation>indicadores</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="552"/>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="553"/>
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="554"/>
        <source>follow-up action</source>
        <translation>acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="555"/>
        <source>follow-up actions</source>
        <translation>acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="556"/>
        <source>minutes amendment</source>
        <translation>enmienda del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="557"/>
        <source>minutes amendments</source>
        <translation>enmiendas del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="558"/>
        <source>version of the minutes</source>
        <translation>versión del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="559"/>
        <source>versions of the minutes</source>
        <translation>versiones del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="560"/>
        <source>proposal on the minutes</source>
        <translation>propuesta sobre el acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="561"/>
        <source>proposals on the minutes</source>
        <translation>propuestas sobre el acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="562"/>
        <source>sign-off of the minutes</source>
        <translation>aprobación del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="565"/>
        <source>made at session</source>
        <translation>sesión de origen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="566"/>
        <source>lead party</source>
        <translation>parte responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="567"/>
        <source>host party</source>
        <translation>parte anfitriona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="568"/>
        <source>presenter</source>
        <translation>ponente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="569"/>
        <source>parent</source>
        <translation>punto superior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="570"/>
        <source>reciprocal</source>
        <translation>contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="571"/>
        <source>supersedes</source>
        <translation>sustituye a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="572"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="573"/>
        <source>amendment</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="574"/>
        <source>1 proposal</source>
        <translation>1 propuesta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="575"/>
        <source>{n} proposals</source>
        <translation>{n} propuestas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="588"/>
        <location filename="../../consult_app/ui/messages.py" line="607"/>
        <location filename="../../consult_app/ui/messages.py" line="660"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="589"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="590"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="591"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="592"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="593"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="594"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="595"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="596"/>
        <location filename="../../consult_app/ui/messages.py" line="635"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="597"/>
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="598"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="599"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="600"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="601"/>
        <source>Our notes</source>
        <translation>Nuestras notas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="602"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="603"/>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="604"/>
        <source>Lines to take</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="605"/>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="606"/>
        <source>Order of markings</source>
        <translation>Orden de las clasificaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="608"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="609"/>
        <source>New wording</source>
        <translation>Nueva redacción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="610"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="611"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="612"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="613"/>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="614"/>
        <source>Reply file</source>
        <translation>Archivo de respuesta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="615"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="616"/>
        <location filename="../../consult_app/ui/messages.py" line="644"/>
        <source>Responsible party</source>
        <translation>Parte responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="617"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="618"/>
        <location filename="../../consult_app/ui/messages.py" line="656"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="619"/>
        <location filename="../../consult_app/ui/messages.py" line="648"/>
        <source>Counterpart</source>
        <translation>Contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="620"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="621"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="622"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="623"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="624"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="625"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="626"/>
        <location filename="../../consult_app/ui/messages.py" line="649"/>
        <source>Supersedes</source>
        <translation>Sustituye a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="627"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="628"/>
        <location filename="../../consult_app/ui/messages.py" line="645"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="629"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="630"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="631"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="632"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="633"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="634"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="636"/>
        <location filename="../../consult_app/ui/messages.py" line="637"/>
        <location filename="../../consult_app/ui/messages.py" line="638"/>
        <source>Place in the list</source>
        <translation>Lugar en la lista</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="639"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="640"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="641"/>
        <source>Lead party</source>
        <translation>Parte responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="642"/>
        <location filename="../../consult_app/ui/messages.py" line="663"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="643"/>
        <location filename="../../consult_app/ui/messages.py" line="662"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="646"/>
        <source>Made at</source>
        <translation>Adoptado en</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="647"/>
        <source>Due at session</source>
        <translation>Vence en la sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="650"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="651"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="652"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="653"/>
        <source>First item at</source>
        <translation>Primer punto a las</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="654"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="655"/>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="657"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="658"/>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="659"/>
        <source>Target date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="661"/>
        <source>Former text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="665"/>
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="666"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="667"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="668"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="669"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="670"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="671"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="672"/>
        <source>Part of the minutes</source>
        <translation>Parte del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="673"/>
        <source>Frozen texts</source>
        <translation>Textos fijados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="674"/>
        <source>Hash</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="294"/>
        <source>Withdraw {ref}</source>
        <translation>Retirar {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="303"/>
        <source>Withdrawn on:</source>
        <translation>Retirado el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="306"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="307"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../consult_app/ui/application.py" line="56"/>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="57"/>
        <source>Open it read-only now?</source>
        <translation>¿Abrirlo ahora en solo lectura?</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="66"/>
        <source>{problem}

Restore the backup of {when}? The current file is kept in the backups folder.</source>
        <translation>{problem}

¿Restaurar la copia de seguridad del {when}? El archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="69"/>
        <source>Damaged workspace</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="116"/>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="120"/>
        <source>An unexpected error occurred; details are in {log}.</source>
        <translation>Se produjo un error inesperado; los detalles están en {log}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="122"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
</TS>
